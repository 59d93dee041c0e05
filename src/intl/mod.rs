//! `Intl` for the one locale the modelled machine has, en-US, in the UTC time zone: the
//! formatting rules of ICU with CLDR's English data, written in Rust (Boa's own `intl` feature
//! would bring 13 MB of ICU data). `src/js/intl.js` builds the constructors, option reading
//! and `resolvedOptions` on these natives, as V8's `JSNumberFormat` and friends sit on ICU.

pub mod decimal;
pub mod number;
pub mod number_data;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};

use decimal::{Decimal, Mode};
use number::{Options, Rounding, Value};

fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

/// A string field of an options object intl.js resolved ("" when absent).
pub(crate) fn field(object: &JsObject, key: &str, context: &mut Context) -> JsResult<String> {
    let value = object.get(JsString::from(key), context)?;
    if value.is_undefined() {
        return Ok(String::new());
    }
    Ok(value.to_string(context)?.to_std_string_lossy())
}

/// A number field of an options object intl.js resolved (`default` when absent).
pub(crate) fn number_field(
    object: &JsObject,
    key: &str,
    default: i32,
    context: &mut Context,
) -> JsResult<i32> {
    let value = object.get(JsString::from(key), context)?;
    if value.is_undefined() {
        return Ok(default);
    }
    Ok(value.to_number(context)? as i32)
}

/// Parts as a flat array: type, value, type, value, ...
pub(crate) fn parts_array(parts: Vec<(&'static str, String)>, context: &mut Context) -> JsValue {
    let flat = parts.into_iter().flat_map(|(kind, text)| {
        [
            JsValue::from(JsString::from(kind)),
            JsValue::from(JsString::from(text.as_str())),
        ]
    });
    JsArray::from_iter(flat, context).into()
}

fn number_options(object: &JsObject, context: &mut Context) -> JsResult<Options> {
    let rounding = match field(object, "roundingType", context)?.as_str() {
        "significantDigits" => Rounding::Significant,
        "morePrecision" => Rounding::MorePrecision,
        "lessPrecision" => Rounding::LessPrecision,
        _ => Rounding::Fraction,
    };
    Ok(Options {
        style: field(object, "style", context)?,
        currency: field(object, "currency", context)?,
        currency_display: field(object, "currencyDisplay", context)?,
        currency_sign: field(object, "currencySign", context)?,
        unit: field(object, "unit", context)?,
        unit_display: field(object, "unitDisplay", context)?,
        min_integer: number_field(object, "minimumIntegerDigits", 1, context)?,
        min_fraction: number_field(object, "minimumFractionDigits", 0, context)?,
        max_fraction: number_field(object, "maximumFractionDigits", 3, context)?,
        min_significant: number_field(object, "minimumSignificantDigits", 1, context)?,
        max_significant: number_field(object, "maximumSignificantDigits", 21, context)?,
        rounding,
        mode: Mode::parse(&field(object, "roundingMode", context)?),
        increment: number_field(object, "roundingIncrement", 1, context)?.max(1) as u32,
        strip_if_integer: field(object, "trailingZeroDisplay", context)? == "stripIfInteger",
        grouping: field(object, "useGrouping", context)?,
        notation: field(object, "notation", context)?,
        compact_display: field(object, "compactDisplay", context)?,
        sign_display: field(object, "signDisplay", context)?,
    })
}

/// The value `Intl.NumberFormat` formats: a Number, a BigInt, or a decimal string (exact).
fn number_value(value: &JsValue, context: &mut Context) -> JsResult<Value> {
    if let Some(big) = value.as_bigint() {
        return Ok(Value::Finite(
            Decimal::parse(&big.to_string()).unwrap_or_else(|| Decimal::zero(false)),
        ));
    }
    if let Some(d) = value
        .as_string()
        .and_then(|text| Decimal::parse(&text.to_std_string_lossy()))
    {
        return Ok(Value::Finite(d));
    }
    let x = value.to_number(context)?;
    Ok(if x.is_nan() {
        Value::NaN
    } else if x.is_infinite() {
        Value::Infinite(x < 0.0)
    } else {
        Value::Finite(Decimal::from_f64(x))
    })
}

/// `formatNumber(value, resolved)`: the parts, flattened.
fn format_number(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = number_value(&arg(args, 0), context)?;
    let Some(options) = arg(args, 1).as_object() else {
        return Ok(parts_array(Vec::new(), context));
    };
    let options = number_options(&options, context)?;
    Ok(parts_array(number::format(&value, &options), context))
}

/// `currencyDigits(code)`: the fraction digits of a currency.
fn currency_digits(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let code = arg(args, 0).to_string(context)?.to_std_string_lossy();
    Ok(JsValue::from(number::currency_digits(&code)))
}

/// `isUnit(name)`: whether ECMA-402 sanctions the unit.
fn is_unit(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let unit = arg(args, 0).to_string(context)?.to_std_string_lossy();
    Ok(JsValue::from(number::is_known_unit(&unit)))
}

/// The natives object intl.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("formatNumber", format_number, 2),
        ("currencyDigits", currency_digits, 1),
        ("isUnit", is_unit, 1),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}
