//! `parseInt` with V8's exact decimal reading.
//!
//! Boa builds a decimal number digit by digit in floating point, so a long numeral picks up
//! rounding errors (`parseInt('12345678901234567890')` is 12345678901234570000 there, while V8
//! reads the digits as a whole, correctly rounded, and gives 12345678901234567000). Decimal
//! numerals are read here as V8 does; other radixes go to Boa's own, which is exact for them
//! where V8 is (powers of two) and as close as V8 elsewhere.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsResult, JsValue, js_string};

/// ECMAScript's StrWhiteSpaceChar, which `parseInt` skips before the numeral.
fn is_str_white_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\u{b}'
            | '\u{c}'
            | '\r'
            | ' '
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{feff}'
    ) || ('\u{2000}'..='\u{200a}').contains(&c)
}

/// The value of `parseInt(text, 10)` (or with no radix and no `0x` prefix): the longest run of
/// decimal digits after the sign, correctly rounded. `None` when the radix is not 10 after all.
fn parse_decimal(text: &str, radix: i32) -> Option<f64> {
    let text = text.trim_start_matches(is_str_white_space);
    let (sign, rest) = match text.as_bytes().first() {
        Some(b'-') => (-1.0, &text[1..]),
        Some(b'+') => (1.0, &text[1..]),
        _ => (1.0, text),
    };
    let hex = rest.starts_with("0x") || rest.starts_with("0X");
    let decimal = radix == 10 || (radix == 0 && !hex);
    if !decimal {
        return None;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return Some(f64::NAN);
    }
    let value: f64 = rest[..digits].parse().unwrap_or(f64::NAN);
    Some(sign * value)
}

fn parse_int(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    // The spec converts the string first, then the radix: keep that order for side effects.
    let text = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?;
    let radix = args.get(1).cloned().unwrap_or_default().to_i32(context)?;
    match parse_decimal(&text.to_std_string_escaped(), radix) {
        Some(value) => Ok(JsValue::from(value)),
        None => original.call(this, &[text.into(), radix.into()], context),
    }
}

/// Replace the global `parseInt`, and `Number.parseInt`, which is the same function.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    crate::bindings::wrap_method(&global, "parseInt", parse_int, |f| f, context)?;
    let wrapped = global.get(js_string!("parseInt"), context)?;
    if let Some(number) = global.get(js_string!("Number"), context)?.as_object() {
        number.set(js_string!("parseInt"), wrapped, false, context)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn decimal_numerals_are_correctly_rounded() {
        assert_eq!(
            parse_decimal("12345678901234567890", 10),
            Some(12345678901234567000.0)
        );
        assert_eq!(parse_decimal("  -42px", 0), Some(-42.0));
        assert!(parse_decimal("px", 10).unwrap().is_nan());
        assert_eq!(parse_decimal("0x10", 0), None);
        assert_eq!(parse_decimal("ff", 16), None);
    }
}
