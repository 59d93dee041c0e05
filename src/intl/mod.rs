//! `Intl` in the UTC time zone, for en-US (the machine's locale) and the locales of
//! `locale.rs`: the formatting rules of ICU with CLDR's data, written in Rust (Boa's own `intl`
//! feature would bring 13 MB of ICU data). `src/js/intl.js` builds the constructors, option
//! reading, locale negotiation and `resolvedOptions` on these natives, as V8's
//! `JSNumberFormat` and friends sit on ICU.

pub mod collate;
pub mod collate_data;
pub mod date;
pub mod decimal;
pub mod list;
pub mod locale;
pub mod locale_data;
pub mod locale_date;
pub mod number;
pub mod number_data;
pub mod plural;
pub mod relative;
pub mod segment;

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};

use crate::native_args::arg;
use decimal::{Decimal, Mode};
use number::{Options, Rounding, Value};

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
        locale: field(object, "dataLocale", context)?,
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
        locale: field(object, "dataLocale", context)?,
        asked: [
            field(object, "askedHour", context)?,
            field(object, "askedMinute", context)?,
            field(object, "askedSecond", context)?,
        ],
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

/// `hourPadded(resolved)`: whether a data locale's time pattern shows two hour digits.
fn hour_padded(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(options) = arg(args, 0).as_object() else {
        return Ok(JsValue::from(false));
    };
    let options = date_options(&options, context)?;
    let padded = locale::Locale::find(&options.locale)
        .is_some_and(|l| locale_date::hour_padded(&options, &l));
    Ok(JsValue::from(padded))
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
    let locale = field(&record, "locale", context)?;
    let options = collate::Options {
        language: locale.split('-').next().unwrap_or("").to_string(),
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
    let locale = field(&record, "locale", context)?;
    let language = locale.split('-').next().unwrap_or("en");
    let mut options = number_options(&record, context)?;
    options.locale = String::new();
    let category = match value {
        Value::Finite(_) => {
            let (integer, fraction) = displayed(&value, &options);
            plural::select(language, &integer, &fraction, ordinal)
        }
        _ => "other",
    };
    Ok(JsString::from(category).into())
}

/// `pluralCategories(language, ordinal)`: the categories `resolvedOptions` lists.
fn plural_categories(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let language = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let list = plural::categories(&language, arg(args, 1).to_boolean())
        .iter()
        .map(|c| JsValue::from(JsString::from(*c)));
    Ok(JsArray::from_iter(list, context).into())
}

/// `formatList(items, type, style, dataLocale)`: the parts of a list, flattened.
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
    let locale = arg(args, 3).to_string(context)?.to_std_string_lossy();
    Ok(parts_array(
        list::format(&items, &kind, &style, &locale),
        context,
    ))
}

/// `relativeTime(value, unit, style, auto, dataLocale)`: "in 3 days", "yesterday", as
/// flattened parts.
fn relative_time(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let x = arg(args, 0).to_number(context)?;
    let unit = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let style = arg(args, 2).to_string(context)?.to_std_string_lossy();
    let auto = arg(args, 3).to_boolean();
    let tag = arg(args, 4).to_string(context)?.to_std_string_lossy();
    if let Some(l) = locale::Locale::find(&tag) {
        return Ok(parts_array(
            locale_relative(&l, &tag, x, &unit, &style, auto),
            context,
        ));
    }
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
        plural::select("en", &integer, &fraction, false) == "one",
    );
    let mut parts = Vec::new();
    if !before.is_empty() {
        parts.push(("literal", before));
    }
    parts.extend(number::format(&value, &options));
    parts.push(("literal", after));
    Ok(parts_array(parts, context))
}

/// A relative time in a data locale: the word for -2 to 2 with numeric: 'auto', else the
/// number in the pattern of its plural category.
fn locale_relative(
    l: &locale::Locale,
    tag: &str,
    x: f64,
    unit: &str,
    style: &str,
    auto: bool,
) -> Vec<(&'static str, String)> {
    let word = (auto && x.fract() == 0.0 && x.abs() <= 2.0)
        .then(|| l.relative_word(unit, style, x as i32))
        .flatten();
    if let Some(word) = word {
        return vec![("literal", word.to_string())];
    }
    let past = x < 0.0 || (x == 0.0 && x.is_sign_negative());
    let value = Value::Finite(Decimal::from_f64(x.abs()));
    let mut options = Options::decimal();
    options.locale = tag.to_string();
    let (integer, fraction) = displayed(&value, &options);
    let language = tag.split('-').next().unwrap_or("en");
    let category = plural::select(language, &integer, &fraction, false);
    let pattern = l.relative_pattern(unit, style, past, category);
    let (before, after) = pattern.split_once("{0}").unwrap_or((pattern, ""));
    let mut parts = Vec::new();
    if !before.is_empty() {
        parts.push(("literal", before.to_string()));
    }
    parts.extend(number::format(&value, &options));
    if !after.is_empty() {
        parts.push(("literal", after.to_string()));
    }
    parts
}

fn currencies(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = number_data::CURRENCIES
        .iter()
        .map(|c| JsValue::from(JsString::from(c.0)));
    Ok(JsArray::from_iter(list, context).into())
}

/// `locales()`: the data tags besides en-US, for intl.js's locale negotiation.
fn locales(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = locale::Locale::tags().map(|t| JsValue::from(JsString::from(t)));
    Ok(JsArray::from_iter(list, context).into())
}

/// `hourCycle(tag)`: a data locale's default hour cycle (en-US's is h12).
fn hour_cycle(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let tag = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let cycle = locale::Locale::find(&tag).map_or("h12", |l| l.hour_cycle());
    Ok(JsString::from(cycle).into())
}

fn units(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = number_data::UNITS[..number_data::SANCTIONED]
        .iter()
        .map(|u| JsValue::from(JsString::from(u.0)));
    Ok(JsArray::from_iter(list, context).into())
}

/// `segment(text, granularity)`: where each segment starts (UTF-16 index) and whether it is
/// word-like, flattened: start, wordLike, start, wordLike, ...
fn segment(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    // A lone surrogate becomes U+FFFD, one UTF-16 unit as it was, so the indices still fit
    // the program's string (intl.js slices that string, not this copy).
    let text = arg(args, 0).to_string(context)?.to_std_string_lossy();
    let granularity = arg(args, 1).to_string(context)?.to_std_string_lossy();
    let flat = segment::segments(&text, &granularity)
        .into_iter()
        .flat_map(|s| [JsValue::from(s.start as f64), JsValue::from(s.word_like)]);
    Ok(JsArray::from_iter(flat, context).into())
}

/// The natives object intl.js receives.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("formatNumber", format_number, 2),
        ("formatDate", format_date, 2),
        ("compare", compare, 3),
        ("pluralSelect", plural_select, 2),
        ("formatList", format_list, 4),
        ("relativeTime", relative_time, 5),
        ("pluralCategories", plural_categories, 2),
        ("currencies", currencies, 0),
        ("units", units, 0),
        ("locales", locales, 0),
        ("hourCycle", hour_cycle, 1),
        ("hourPadded", hour_padded, 1),
        ("currencyDigits", currency_digits, 1),
        ("isUnit", is_unit, 1),
        ("segment", segment, 2),
    ];
    crate::bindings::natives_initializer(context, functions).build()
}
