//! `RegExp(pattern, flags)` with V8's syntax-error words built from the arguments it got.
//!
//! Boa's errors name neither the pattern nor the flags (`failed to create matcher: Unbalanced
//! parenthesis`); V8's do (`Invalid regular expression: /(/: Unterminated group`). The catch
//! fix in `v8_messages.rs` can read them from a call written with literals, but a pattern held
//! in a variable is only known to the constructor: so `RegExp` is wrapped, and Boa's own
//! SyntaxError is reworded from the real arguments. Everything else is Boa's constructor.

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::object::builtins::{JsFunction, JsRegExp};
use boa_engine::property::Attribute;
use boa_engine::{
    Context, JsNativeErrorKind, JsObject, JsResult, JsValue, NativeFunction, js_string,
};

/// The pattern and flags as V8 shows them, when they can be read without running user code:
/// a string, or a regular expression's own source and flags.
fn shown_arguments(args: &[JsValue], context: &mut Context) -> Option<(String, String)> {
    let pattern = args.first().cloned().unwrap_or_default();
    let flags = args.get(1).cloned().unwrap_or_default();
    let (source, own_flags) = if let Some(text) = pattern.as_string() {
        (text.to_std_string_escaped(), String::new())
    } else if pattern.is_undefined() {
        ("(?:)".to_string(), String::new())
    } else {
        let regexp = JsRegExp::from_object(pattern.as_object()?).ok()?;
        let source = regexp.source(context).ok()?;
        let flags = regexp.flags(context).ok()?;
        (source, flags)
    };
    let flags = if flags.is_undefined() {
        own_flags
    } else {
        flags.as_string()?.to_std_string_escaped()
    };
    Some((source, flags))
}

/// V8's message for Boa's, or `None` for errors that are not the pattern's or the flags'.
fn v8_message(boa: &str, pattern: &str, flags: &str) -> Option<String> {
    if boa.starts_with("invalid regular expression flag ")
        || boa.starts_with("repeated regular expression flag ")
        || boa == "cannot use both 'u' and 'v' flags"
    {
        return Some(format!(
            "Invalid flags supplied to RegExp constructor '{flags}'"
        ));
    }
    let reason = boa.strip_prefix("failed to create matcher: ")?;
    let reason = crate::v8_messages::regexp_reason(reason, pattern);
    Some(format!(
        "Invalid regular expression: /{pattern}/{flags}: {reason}"
    ))
}

/// `RegExp(re)` without `new` and without flags gives `re` itself when its `constructor` is
/// `RegExp` (ECMA-262 22.2.4.1 step 4.b), which Boa decides against its own function, not
/// this wrapper: so it is decided here.
fn unchanged_argument(
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<Option<JsValue>> {
    let pattern = args.first().cloned().unwrap_or_default();
    let flags = args.get(1).cloned().unwrap_or_default();
    let Some(object) = pattern.as_object() else {
        return Ok(None);
    };
    if !flags.is_undefined() || JsRegExp::from_object(object.clone()).is_err() {
        return Ok(None);
    }
    let constructor = object.get(js_string!("constructor"), context)?;
    let wrapper = original
        .get(js_string!("prototype"), context)?
        .as_object()
        .map(|p| p.get(js_string!("constructor"), context))
        .transpose()?
        .unwrap_or_default();
    Ok(JsValue::same_value(&constructor, &wrapper).then_some(pattern))
}

fn regexp_constructor(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let new_target = this.as_object().filter(JsObject::is_constructor);
    if new_target.is_none()
        && let Some(same) = unchanged_argument(args, original, context)?
    {
        return Ok(same);
    }
    let result = match &new_target {
        Some(target) => original
            .construct(args, Some(target), context)
            .map(JsValue::from),
        None => original.call(this, args, context),
    };
    let Err(mut error) = result else {
        return result;
    };
    let boa = match error.as_native() {
        Some(native) if matches!(native.kind(), JsNativeErrorKind::Syntax) => {
            native.message().to_string()
        }
        _ => return Err(error),
    };
    let Some((pattern, flags)) = shown_arguments(args, context) else {
        return Err(error);
    };
    let Some(message) = v8_message(&boa, &pattern, &flags) else {
        return Err(error);
    };
    let frame = if new_target.is_some() {
        "new RegExp"
    } else {
        "RegExp"
    };
    crate::stack::note_thrower(&message, frame, context);
    if let Some(native) = error.as_native_mut() {
        *native = native.clone().with_message(message);
    }
    Err(error)
}

/// Put the wrapper in `RegExp`'s place, with Boa's prototype and statics.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    let Some(original) = global
        .get(js_string!("RegExp"), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let prototype = original.get(js_string!("prototype"), context)?;
    let wrapper = FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(regexp_constructor, original.clone()),
    )
    .name(js_string!("RegExp"))
    .length(2)
    .constructor(true)
    .build();
    let wrapper = JsObject::from(wrapper);
    crate::bindings::adopt_prototype(&wrapper, &prototype, context)?;
    // `RegExp[Symbol.species]` and any legacy statics Boa has, as they are.
    let keys = original.own_property_keys(context)?;
    for key in keys {
        if matches!(key.to_string().as_str(), "length" | "name" | "prototype") {
            continue;
        }
        let describe = context
            .intrinsics()
            .constructors()
            .object()
            .constructor()
            .get(js_string!("getOwnPropertyDescriptor"), context)?;
        let define = context
            .intrinsics()
            .constructors()
            .object()
            .constructor()
            .get(js_string!("defineProperty"), context)?;
        let (Some(describe), Some(define)) = (describe.as_callable(), define.as_callable()) else {
            continue;
        };
        let key_value: JsValue = match &key {
            boa_engine::property::PropertyKey::Symbol(symbol) => symbol.clone().into(),
            other => boa_engine::JsString::from(other.to_string()).into(),
        };
        let descriptor = describe.call(
            &JsValue::undefined(),
            &[original.clone().into(), key_value.clone()],
            context,
        )?;
        define.call(
            &JsValue::undefined(),
            &[wrapper.clone().into(), key_value, descriptor],
            context,
        )?;
    }
    context.register_global_property(
        js_string!("RegExp"),
        wrapper,
        Attribute::WRITABLE | Attribute::CONFIGURABLE,
    )?;
    Ok(())
}
