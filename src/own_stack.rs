//! An own `stack` on every error a constructor makes, as V8 gives it.
//!
//! V8 installs `stack` on the error object itself when it is constructed (it comes first among
//! its own keys: `[ 'stack', 'message' ]`) and formats it at its first read. So `delete
//! err.stack` leaves an error with no stack at all (inspect prints `[Error: boom]`), and
//! `hasOwnProperty('stack')` is true. Boa's errors have no own `stack`, and its constructors
//! take no hook, so the eight error constructors are wrapped by natives of the same name and
//! length that call Boa's own (with `new.target`, so subclasses work) and give the result an
//! own accessor pair: `stack.rs`'s Node getter, which replaces itself with the formatted text at
//! the first read, and its setter. Errors the engine makes itself (a `TypeError` from reading a
//! property of `undefined`) get the same pair when a script or the host first gets hold of them
//! (`adopt`: a `catch` block, a rejection, inspect, the fatal report), and `Error.prototype`
//! keeps no `stack`, as V8's.

use crate::bindings::{adopt_prototype, define_hidden};
use boa_engine::object::builtins::{JsFunction, JsWeakMap};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{Context, JsResult, JsString, JsValue, NativeFunction, js_string};

/// The constructors wrapped, `Error` first (the others inherit from it).
const CONSTRUCTORS: [&str; 8] = [
    "Error",
    "EvalError",
    "RangeError",
    "ReferenceError",
    "SyntaxError",
    "TypeError",
    "URIError",
    "AggregateError",
];

/// The own properties an error constructor makes, which V8 puts after `stack`.
const AFTER_STACK: [&str; 3] = ["message", "cause", "errors"];

/// Errors given an own `stack` (value: the encoded `LoopContext` they were made in), as
/// context data.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Given {
    errors: JsWeakMap,
    /// `Error.stackTraceLimit` when each was made (-1: not a number, no stack).
    limits: JsWeakMap,
    /// The engine's own errors among them (`adopt`): looplab reads and rewrites their stack
    /// while giving them V8's words, so a formatted one says nothing of the program.
    adopted: JsWeakMap,
    /// V8's async frames of each error made in a resumed `await` (`async_frames.rs`), as
    /// lines: captured when the error is made, as V8 does.
    async_frames: JsWeakMap,
    /// V8's names of each error's frames from their receivers (`frame_receivers.rs`), noted
    /// when it is made (or adopted), before the frames' notes are overwritten.
    receivers: JsWeakMap,
    get: JsFunction,
    set: JsFunction,
}

/// Whether `error` was given an own `stack` by its constructor: read through the prototype,
/// its `stack` was deleted, and V8 has none to give.
pub fn was_given(error: &JsObject, context: &mut Context) -> bool {
    let Some(given) = context.get_data::<Given>().cloned() else {
        return false;
    };
    given.errors.has(error, context).unwrap_or(false)
}

/// Whether an error a constructor gave an own `stack` has had it read (or set): V8 then keeps
/// the text alone, without the frames it was made from.
pub fn was_formatted(error: &JsObject, context: &mut Context) -> bool {
    let Some(given) = context.get_data::<Given>().cloned() else {
        return false;
    };
    if !given.errors.has(error, context).unwrap_or(false)
        || given.adopted.has(error, context).unwrap_or(false)
    {
        return false;
    }
    let key = PropertyKey::from(js_string!("stack"));
    error
        .borrow()
        .properties()
        .get(&key)
        .is_some_and(|desc| desc.is_data_descriptor())
}

/// The loop an error given an own `stack` was made in.
pub fn loop_context_of(
    error: &JsObject,
    context: &mut Context,
) -> Option<crate::drain_site::LoopContext> {
    let given = context.get_data::<Given>().cloned()?;
    let code = given.errors.get(error, context).ok()?.as_number()?;
    crate::drain_site::LoopContext::decode(code)
}

/// The `Error.stackTraceLimit` an error given an own `stack` was made under (V8 captures its
/// frames then): `Some(None)` when the limit was not a number and it has no stack.
pub fn limit_of(error: &JsObject, context: &mut Context) -> Option<Option<usize>> {
    let given = context.get_data::<Given>().cloned()?;
    let limit = given.limits.get(error, context).ok()?.as_number()?;
    Some((limit >= 0.0).then(|| {
        if limit.is_finite() {
            limit as usize
        } else {
            usize::MAX
        }
    }))
}

/// An error the engine made (a `TypeError` from `null.x`), when a script first gets hold of it
/// (a `catch` block, a promise handler): it gets its own `stack` as if constructed.
pub fn adopt(value: &JsValue, context: &mut Context) -> JsResult<()> {
    let now = crate::stack::loop_context_now(&crate::host::Host::of(context));
    adopt_made_in(value, now, context)
}

/// `adopt`, for an error raised in the loop `made_in` (a callback that has returned since).
pub fn adopt_made_in(
    value: &JsValue,
    made_in: crate::drain_site::LoopContext,
    context: &mut Context,
) -> JsResult<()> {
    let Some(error) = value.as_object() else {
        return Ok(());
    };
    if !error.is::<boa_engine::builtins::error::Error>()
        || was_given(&error, context)
        || error.has_own_property(js_string!("stack"), context)?
    {
        return Ok(());
    }
    give_own_stack(&error, made_in, context)?;
    if let Some(given) = context.get_data::<Given>().cloned() {
        given.adopted.set(&error, JsValue::from(true), context)?;
    }
    Ok(())
}

#[derive(Clone, boa_engine::Trace, boa_engine::Finalize)]
struct Original(JsFunction);

fn construct(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    // A native constructor gets `new.target` as `this` (a subclass's `super(...)` passes the
    // subclass); a plain call `Error('x')` makes an error just the same.
    let new_target = this.as_object().filter(JsObject::is_constructor);
    let error = original.0.construct(args, new_target.as_ref(), context)?;
    let host = crate::host::Host::of(context);
    let now = crate::stack::loop_context_now(&host);
    give_own_stack(&error, now, context)?;
    let frames = host.async_frames.frames_now(context, &host);
    if !frames.is_empty()
        && let Some(given) = context.get_data::<Given>().cloned()
    {
        let lines = JsString::from(frames.join("\n").as_str());
        given.async_frames.set(&error, lines.into(), context)?;
    }
    Ok(error.into())
}

/// Note V8's names of `error`'s frames from the receivers the probe saw.
fn note_receivers(error: &JsObject, given: &Given, context: &mut Context) -> JsResult<()> {
    let text = crate::stack::boa_frames_of(error, context)?;
    let names = crate::frame_receivers::names_for(&text, context);
    if names.iter().all(Option::is_none) {
        return Ok(());
    }
    let values: Vec<JsValue> = names
        .into_iter()
        .map(|n| n.map_or(JsValue::undefined(), |n| JsString::from(n.as_str()).into()))
        .collect();
    let list = boa_engine::object::builtins::JsArray::from_iter(values, context);
    given.receivers.set(error, list.into(), context)?;
    Ok(())
}

/// V8's names of an error's frames from their receivers, by bytecode frame (innermost first):
/// `None` where the frame's syntax names it.
pub fn receiver_names_of(error: &JsObject, context: &mut Context) -> Vec<Option<String>> {
    let Some(given) = context.get_data::<Given>().cloned() else {
        return Vec::new();
    };
    let Some(list) = given
        .receivers
        .get(error, context)
        .ok()
        .and_then(|l| l.as_object())
    else {
        return Vec::new();
    };
    let length = list
        .get(js_string!("length"), context)
        .ok()
        .and_then(|l| l.as_number())
        .unwrap_or(0.0) as u32;
    (0..length.min(64))
        .map(|i| {
            list.get(i, context)
                .ok()
                .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
        })
        .collect()
}

/// The async frames V8 appended to an error when it was made (lines, innermost first).
pub fn async_frames_of(error: &JsObject, context: &mut Context) -> Vec<String> {
    let Some(given) = context.get_data::<Given>().cloned() else {
        return Vec::new();
    };
    let Some(lines) = given
        .async_frames
        .get(error, context)
        .ok()
        .and_then(|l| l.as_string().map(|s| s.to_std_string_escaped()))
    else {
        return Vec::new();
    };
    lines.lines().map(str::to_string).collect()
}

fn give_own_stack(
    error: &JsObject,
    made_in: crate::drain_site::LoopContext,
    context: &mut Context,
) -> JsResult<()> {
    let Some(given) = context.get_data::<Given>().cloned() else {
        return Ok(());
    };
    // Take the constructor's own data properties off, to put them back after `stack`. Each
    // is a writable, non-enumerable, configurable data property (ECMA-262 20.5.1.1).
    let mut later = Vec::new();
    for name in AFTER_STACK {
        let key = PropertyKey::from(JsString::from(name));
        if error.has_own_property(key.clone(), context)? {
            let value = error.get(key.clone(), context)?;
            error.delete_property_or_throw(key.clone(), context)?;
            later.push((key, value));
        }
    }
    error.define_property_or_throw(
        js_string!("stack"),
        PropertyDescriptor::builder()
            .get(given.get.clone())
            .set(given.set.clone())
            .enumerable(false)
            .configurable(true),
        context,
    )?;
    for (key, value) in later {
        define_hidden(error, key, value, context)?;
    }
    given.errors.set(error, made_in.encode().into(), context)?;
    note_receivers(error, &given, context)?;
    let limit = crate::stack::stack_trace_limit(context).map_or(-1.0, |n| n as f64);
    given.limits.set(error, limit.into(), context)?;
    Ok(())
}

/// Wrap the error constructors; `get` and `set` are `stack.rs`'s accessor pair.
pub fn install(get: JsFunction, set: JsFunction, context: &mut Context) -> JsResult<()> {
    if context.get_data::<Given>().is_none() {
        let errors = JsWeakMap::new(context);
        let limits = JsWeakMap::new(context);
        let adopted = JsWeakMap::new(context);
        let async_frames = JsWeakMap::new(context);
        let receivers = JsWeakMap::new(context);
        context.insert_data(Given {
            errors,
            limits,
            adopted,
            async_frames,
            receivers,
            get,
            set,
        });
    }
    let global = context.global_object();
    let mut error_wrapper: Option<JsObject> = None;
    for name in CONSTRUCTORS {
        let original = global.get(JsString::from(name), context)?;
        let Some(original) = original.as_object().and_then(JsFunction::from_object) else {
            continue;
        };
        let length = original
            .get(js_string!("length"), context)?
            .to_u32(context)? as usize;
        let prototype = original.get(js_string!("prototype"), context)?;
        let wrapper: JsObject = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(construct, Original(original.clone())),
        )
        .name(JsString::from(name))
        .length(length)
        .constructor(true)
        .build()
        .into();
        // `Error.__proto__` is `Function.prototype`; the others inherit from `Error`.
        let parent = match &error_wrapper {
            Some(error) => Some(error.clone()),
            None => original.prototype(),
        };
        wrapper.set_prototype(parent);
        if name == "Error" {
            // V8's own, enumerable `Error.stackTraceLimit`, which `stack.rs` reads.
            wrapper.define_property_or_throw(
                js_string!("stackTraceLimit"),
                PropertyDescriptor::builder()
                    .value(10)
                    .writable(true)
                    .enumerable(true)
                    .configurable(true),
                context,
            )?;
        }
        // Whatever else the original carries (`captureStackTrace`).
        for key in original.own_property_keys(context)? {
            let skip = matches!(&key, PropertyKey::String(s)
                if s == &js_string!("length") || s == &js_string!("name") || s == &js_string!("prototype"));
            if skip {
                continue;
            }
            let value = original.get(key.clone(), context)?;
            define_hidden(&wrapper, key, value, context)?;
        }
        adopt_prototype(&wrapper, &prototype, context)?;
        global.define_property_or_throw(
            JsString::from(name),
            PropertyDescriptor::builder().value(wrapper.clone()),
            context,
        )?;
        if name == "Error" {
            error_wrapper = Some(wrapper);
        }
    }
    Ok(())
}
