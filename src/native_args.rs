//! Reading a native function's arguments as JavaScript does: a missing argument is `undefined`.

use boa_engine::JsValue;

/// Argument `i`, or `undefined` when the call passed fewer.
pub fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// Argument `i` as a `u32` the prelude passed (a count, an id): 0 when missing or not a
/// number; a negative number or NaN is 0 and a large one saturates, as Rust's casts do.
pub fn arg_u32(args: &[JsValue], i: usize) -> u32 {
    args.get(i)
        .and_then(JsValue::as_number)
        .map_or(0, |n| n as u32)
}
