//! V8's maximum string length on the built-ins that can build a huge string in one call
//! (`repeat`, `padStart`, `padEnd`): past it V8 throws `RangeError: Invalid string length`,
//! while Boa would try to allocate the whole string and abort the process. Each guard checks
//! the length first and then calls Boa's own method.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsNativeError, JsResult, JsString, JsValue, js_string};

/// V8's `String::kMaxLength` on 64-bit machines: 2^29 - 24.
pub const MAX_STRING_LENGTH: f64 = 536_870_888.0;

struct Originals {
    repeat: JsFunction,
    pad_start: JsFunction,
    pad_end: JsFunction,
}

fn too_long() -> boa_engine::JsError {
    JsNativeError::range()
        .with_message("Invalid string length")
        .into()
}

fn this_length(this: &JsValue, context: &mut Context) -> JsResult<f64> {
    if this.is_null_or_undefined() {
        return Ok(0.0);
    }
    Ok(this.to_string(context)?.len() as f64)
}

fn repeat(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(original) = context.get_data::<Originals>().map(|o| o.repeat.clone()) else {
        return Ok(JsValue::undefined());
    };
    let count = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    let len = this_length(this, context)?;
    // Negative and infinite counts keep V8's own words (`Invalid count value: ...`).
    if count.is_finite() && count > 0.0 && len * count.trunc() > MAX_STRING_LENGTH {
        return Err(too_long());
    }
    original.call(this, args, context)
}

fn pad(this: &JsValue, args: &[JsValue], context: &mut Context, start: bool) -> JsResult<JsValue> {
    let original = context.get_data::<Originals>().map(|o| {
        if start {
            o.pad_start.clone()
        } else {
            o.pad_end.clone()
        }
    });
    let Some(original) = original else {
        return Ok(JsValue::undefined());
    };
    let target = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_number(context)?;
    if target > MAX_STRING_LENGTH && this_length(this, context)? < target {
        return Err(too_long());
    }
    original.call(this, args, context)
}

fn pad_start(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    pad(this, args, context, true)
}

fn pad_end(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    pad(this, args, context, false)
}

/// Put the guarded methods on `String.prototype`.
pub fn install(context: &mut Context) -> JsResult<()> {
    let proto = context.intrinsics().constructors().string().prototype();
    let get = |name: JsString, context: &mut Context| -> JsResult<Option<JsFunction>> {
        Ok(proto
            .get(name, context)?
            .as_object()
            .and_then(JsFunction::from_object))
    };
    let (Some(repeat_fn), Some(pad_start_fn), Some(pad_end_fn)) = (
        get(js_string!("repeat"), context)?,
        get(js_string!("padStart"), context)?,
        get(js_string!("padEnd"), context)?,
    ) else {
        return Ok(());
    };
    context.insert_data(Originals {
        repeat: repeat_fn,
        pad_start: pad_start_fn,
        pad_end: pad_end_fn,
    });
    crate::bindings::define_methods(
        &proto,
        &[
            ("repeat", repeat, 1),
            ("padStart", pad_start, 1),
            ("padEnd", pad_end, 1),
        ],
        context,
    )
}
