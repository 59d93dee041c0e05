//! `Intl` for the one locale the modelled machine has, en-US, in the UTC time zone: the
//! formatting rules of ICU with CLDR's English data, written in Rust (Boa's own `intl` feature
//! would bring 13 MB of ICU data). `src/js/intl.js` builds the constructors, option reading
//! and `resolvedOptions` on these natives, as V8's `JSNumberFormat` and friends sit on ICU.

pub mod collate;
pub mod collate_data;
pub mod date;
pub mod decimal;
pub mod list;
pub mod number;
pub mod number_data;
pub mod plural;
pub mod relative;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};

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

fn date_options(object: &JsObject, context: &mut Context) -> JsResult<date::Options> {
    Ok(date::Options {
        weekday: field(object, "weekday", context)?,
        era: field(object, "era", context)?,
        year: field(object, "year", context)?,
        month: field(object, "month", context)?,
        day: field(object, "day", context)?,
        day_period: field(object, "dayPeriod", context)?,
        hour: field(object, "hour", context)?,
        minute: field(object, "minute", context)?,
        second: field(object, "second", context)?,
        fractional: number_field(object, "fractionalSecondDigits", 0, context)?.clamp(0, 3) as u32,
        time_zone_name: field(object, "timeZoneName", context)?,
        hour_cycle: field(object, "hourCycle", context)?,
        date_style: field(object, "dateStyle", context)?,
        time_style: field(object, "timeStyle", context)?,
    })
}

/// `formatDate(t, resolved)`: the parts of a valid time value, flattened.
fn format_date(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = arg(args, 0).to_number(context)?;
    let Some(options) = arg(args, 1).as_object() else {
        return Ok(parts_array(Vec::new(), context));
    };
    let options = date_options(&options, context)?;
    if !t.is_finite() || t.abs() > 8.64e15 {
        return Ok(parts_array(Vec::new(), context));
    }
    Ok(parts_array(date::format(t, &options), context))
}

fn chars(value: &JsValue, context: &mut Context) -> JsResult<Vec<char>> {
    let text = value.to_string(context)?;
    Ok(char::decode_utf16(text.iter())
        .map(|c| c.unwrap_or('\u{fffd}'))
        .collect())
}

/// `compare(x, y, resolved)`: -1, 0 or 1 by en-US's collation.
fn compare(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let x = chars(&arg(args, 0), context)?;
    let y = chars(&arg(args, 1), context)?;
    let Some(record) = arg(args, 2).as_object() else {
        return Ok(JsValue::from(0));
    };
    let options = collate::Options {
        sensitivity: field(&record, "sensitivity", context)?,
        numeric: record.get(js_string!("numeric"), context)?.to_boolean(),
        ignore_punctuation: record
            .get(js_string!("ignorePunctuation"), context)?
            .to_boolean(),
        upper_first: field(&record, "caseFirst", context)? == "upper",
    };
    Ok(JsValue::from(match collate::compare(&x, &y, &options) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

/// The integer and fraction digits of `value` as `options` display it.
fn displayed(value: &Value, options: &Options) -> (String, String) {
    let mut integer = String::new();
    let mut fraction = String::new();
    for (kind, text) in number::format(value, options) {
        match kind {
            "integer" => integer.push_str(&text),
            "fraction" => fraction.push_str(&text),
            _ => {}
        }
    }
    (integer, fraction)
}

/// `pluralSelect(n, resolved)`: en's category of `n` as the digit options display it.
fn plural_select(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = number_value(&arg(args, 0), context)?;
    let Some(record) = arg(args, 1).as_object() else {
        return Ok(js_string!("other").into());
    };
    let ordinal = field(&record, "type", context)? == "ordinal";
    let options = number_options(&record, context)?;
    let category = match value {
        Value::Finite(_) => {
            let (integer, fraction) = displayed(&value, &options);
            plural::select(&integer, &fraction, ordinal)
        }
        _ => "other",
    };
    Ok(JsString::from(category).into())
}

/// `formatList(items, type, style)`: the parts of a list, flattened.
fn format_list(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let mut items = Vec::new();
    if let Some(list) = arg(args, 0).as_object() {
        let length = list
            .get(js_string!("length"), context)?
            .to_length(context)?;
        for i in 0..length {
            items.push(
                list.get(i, context)?
                    .to_string(context)?
                    .to_std_string_lossy(),
            );
        }
    }
    let kind = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let style = arg(args, 2).to_string(context)?.to_std_string_lossy();
    Ok(parts_array(list::format(&items, &kind, &style), context))
}

/// `relativeTime(value, unit, style, auto)`: "in 3 days", "yesterday", as flattened parts.
fn relative_time(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let x = arg(args, 0).to_number(context)?;
    let unit = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let style = arg(args, 2).to_string(context)?.to_std_string_lossy();
    let auto = arg(args, 3).to_boolean();
    let word = (auto && (x == -1.0 || x == 0.0 || x == 1.0))
        .then(|| relative::word(&unit, &style, x as i32))
        .flatten();
    if let Some(word) = word {
        return Ok(parts_array(vec![("literal", word.to_string())], context));
    }
    let past = x < 0.0 || (x == 0.0 && x.is_sign_negative());
    let value = Value::Finite(Decimal::from_f64(x.abs()));
    let options = Options::decimal();
    let (integer, fraction) = displayed(&value, &options);
    let (before, after) = relative::affixes(
        &unit,
        &style,
        past,
        plural::select(&integer, &fraction, false) == "one",
    );
    let mut parts = Vec::new();
    if !before.is_empty() {
        parts.push(("literal", before));
    }
    parts.extend(number::format(&value, &options));
    parts.push(("literal", after));
    Ok(parts_array(parts, context))
}

fn currencies(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = number_data::CURRENCIES
        .iter()
        .map(|c| JsValue::from(JsString::from(c.0)));
    Ok(JsArray::from_iter(list, context).into())
}

fn units(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = number_data::UNITS[..number_data::SANCTIONED]
        .iter()
        .map(|u| JsValue::from(JsString::from(u.0)));
    Ok(JsArray::from_iter(list, context).into())
}

/// The natives object intl.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("formatNumber", format_number, 2),
        ("formatDate", format_date, 2),
        ("compare", compare, 3),
        ("pluralSelect", plural_select, 2),
        ("formatList", format_list, 3),
        ("relativeTime", relative_time, 4),
        ("currencies", currencies, 0),
        ("units", units, 0),
        ("currencyDigits", currency_digits, 1),
        ("isUnit", is_unit, 1),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}
