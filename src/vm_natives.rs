//! The natives of `node:vm` (`src/js/vm.js`): a new context is a Boa realm (its own global
//! object and intrinsics, so `[] instanceof Array` is false across contexts), and scripts are
//! compiled and run in a realm with their file name, under a timeout.

use boa_engine::object::builtins::JsArray;
use boa_engine::realm::Realm;
use boa_engine::{
    Context, Finalize, JsData, JsNativeError, JsObject, JsResult, JsString, JsValue, Script,
    Source, Trace,
};

use crate::host::Host;
use crate::native_args::arg;

/// A realm kept in a JavaScript object, for `vm.js` to hold per context.
#[derive(Trace, Finalize, JsData)]
struct RealmBox(Realm);

/// `newRealm()`: `[handle, globalObject]` of a fresh realm with the standard built-ins.
fn new_realm(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let realm = context.create_realm()?;
    let old = context.enter_realm(realm.clone());
    let global = context.global_object();
    // Errors made in the context have V8's `stack` as the main realm's do, and functions
    // V8's source text.
    let installed =
        crate::stack::install(context).and_then(|()| crate::instrument::install_to_string(context));
    context.enter_realm(old);
    installed?;
    let handle = JsObject::from_proto_and_data(None, RealmBox(realm));
    Ok(JsArray::from_iter([handle.into(), global.into()], context).into())
}

/// The realm of a handle, or the current one for `null` (`runInThisContext`).
fn realm_of(value: &JsValue, context: &Context) -> Realm {
    value
        .as_object()
        .and_then(|o| o.downcast_ref::<RealmBox>().map(|r| r.0.clone()))
        .unwrap_or_else(|| context.realm().clone())
}

/// `run(handle, code, filename, timeoutMs)`: compile and run `code` as a classic script in the
/// realm (its top-level `var`s and functions become the realm's globals). A compile error is
/// thrown as a SyntaxError of that realm. With a timeout, a runaway loop stops at the host's
/// loop cap and becomes Node's `ERR_SCRIPT_EXECUTION_TIMEOUT` (the virtual clock moves by the
/// timeout, the time Node would have let it run).
fn run(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let realm = realm_of(&arg(args, 0), context);
    let code = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let filename = arg(args, 2).to_string(context)?.to_std_string_lossy();
    let timeout = arg(args, 3).as_number().filter(|t| *t > 0.0);
    crate::fn_source::note_compiled(&[], &code, false, context);
    let host = Host::of(context);
    let old = context.enter_realm(realm.clone());
    let saved_limit = context.runtime_limits().loop_iteration_limit();
    if let Some(ms) = timeout {
        // About 20,000 loop iterations per millisecond, never more than the run's own cap.
        let cap = ((ms * 20_000.0) as u64).clamp(1, saved_limit);
        context.runtime_limits_mut().set_loop_iteration_limit(cap);
    }
    let source = Source::from_bytes(code.as_bytes()).with_path(std::path::Path::new(&filename));
    let result = Script::parse(source, Some(realm), context).and_then(|s| s.evaluate(context));
    context
        .runtime_limits_mut()
        .set_loop_iteration_limit(saved_limit);
    // An error the engine raised becomes an object of the script's realm, as V8's would be.
    let result = result.map_err(|error| match error.as_engine() {
        Some(_) => error,
        None => match error.into_opaque(context) {
            Ok(value) => {
                decorate(&value, &code, &filename, context, &host);
                boa_engine::JsError::from_opaque(value)
            }
            Err(error) => error,
        },
    });
    context.enter_realm(old);
    match (result, timeout) {
        (Err(error), Some(ms))
            if matches!(
                error.as_engine(),
                Some(boa_engine::error::EngineError::RuntimeLimit(
                    boa_engine::error::RuntimeLimitError::LoopIteration
                ))
            ) =>
        {
            host.clock.advance_us((ms * 1000.0) as u64);
            let message = format!("Script execution timed out after {ms}ms");
            let hooks = crate::runtime::prelude_hooks(context)?;
            let internals = hooks.get(JsString::from("internals"), context)?;
            let coded = internals
                .as_object()
                .map(|i| i.get(JsString::from("codedError"), context))
                .transpose()?
                .and_then(|f| f.as_callable());
            match coded {
                Some(coded) => {
                    let error_ctor = context.intrinsics().constructors().error().constructor();
                    let err = coded.call(
                        &JsValue::undefined(),
                        &[
                            error_ctor.into(),
                            JsString::from("ERR_SCRIPT_EXECUTION_TIMEOUT").into(),
                            JsString::from(message).into(),
                        ],
                        context,
                    )?;
                    Err(boa_engine::JsError::from_opaque(err))
                }
                None => Err(JsNativeError::error().with_message(message).into()),
            }
        }
        (result, _) => result,
    }
}

/// Node's `decorateErrorStack` for an error escaping a script: if it was raised in the script
/// itself, the arrow block points into the script (at the `throw` for a throw statement), and
/// is what the fatal report shows.
fn decorate(value: &JsValue, code: &str, filename: &str, context: &mut Context, host: &Host) {
    let Some(error) = value.as_object() else {
        return;
    };
    if host.arrow_of(&error).is_some() {
        return;
    }
    let Some((path, line, column)) = crate::stack::creation_site(&error, context, host) else {
        return;
    };
    if path != filename {
        return;
    }
    let _ = crate::v8_messages::fix_error_in(&error, code, line, column, context);
    let column = crate::modules::throw_keyword_column(code, line, column);
    host.set_arrow(&error, crate::modules::arrow(filename, code, line, column));
}

/// `check(code, filename)`: compile only (`new vm.Script` throws its SyntaxError at once).
fn check(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let filename = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let source = Source::from_bytes(code.as_bytes()).with_path(std::path::Path::new(&filename));
    match Script::parse(source, None, context) {
        Ok(_) => Ok(JsValue::undefined()),
        Err(error) => {
            let error = crate::modules::syntax_error(error, &filename, &code, 0, context);
            pad_end_of_input(&error, &Host::of(context));
            Err(error)
        }
    }
}

/// For a script that ends too early, Node's arrow under a vm script's last line is blank up
/// to the line's end (V8 points just past it), where a module's is empty.
fn pad_end_of_input(error: &boa_engine::JsError, host: &Host) {
    let Some(error) = error.as_opaque().and_then(JsValue::as_object) else {
        return;
    };
    let Some(crate::host::Arrow::Text(arrow)) = host.arrow_of(&error) else {
        return;
    };
    let lines: Vec<&str> = arrow.split('\n').collect();
    if let [place, text, "", ""] = lines.as_slice() {
        let pad = " ".repeat(text.chars().count());
        host.set_arrow(&error, format!("{place}\n{text}\n{pad}\n"));
    }
}

/// The natives of `src/js/vm.js`.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: [(&str, crate::bindings::NativeFn, usize); 3] = [
        ("newRealm", new_realm, 0),
        ("run", run, 4),
        ("check", check, 2),
    ];
    crate::bindings::natives_initializer(context, &functions).build()
}
