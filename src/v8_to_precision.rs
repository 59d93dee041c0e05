//! `Number.prototype.toPrecision` and `toExponential` with V8's exact digits.
//!
//! Boa's loses small numbers (`(1.2345e-100).toPrecision(3)` is `1.00e-100` there, a
//! subnormal prints `0.00e+101`). ECMA-262's Number.prototype.toPrecision picks the `p`
//! significant digits of the exact value, the larger on a tie (`(2.5).toPrecision(1)` is
//! `3`), as V8 does: the exact decimal expansion of every double is finite, so it is written
//! out whole and rounded half up here. Receivers that are not numbers, a missing precision,
//! non-finite values and precisions out of range go to Boa's own (its errors are reworded by
//! `v8_builtins`).

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsResult, JsString, JsValue};

/// The exact decimal digits of a finite, non-zero `x` (no leading zeros) and the exponent of
/// the first: `x = 0.d1d2d3… × 10^(exponent + 1)`.
fn exact_digits(x: f64) -> (Vec<u8>, i32) {
    // A double has at most 767 significant decimal digits; 1100 leaves none out.
    let text = format!("{:.1100e}", x.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mut digits: Vec<u8> = mantissa
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect();
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    (digits, exponent.parse().unwrap_or(0))
}

/// The `p` significant digits of a finite `x`, rounded half up from its exact value, and the
/// exponent of the first (all zeros and 0 for a zero).
fn rounded_digits(x: f64, p: usize) -> (Vec<u8>, i32) {
    if x == 0.0 {
        return (vec![0; p], 0);
    }
    let (mut exact, mut e) = exact_digits(x);
    let round_up = exact.get(p).is_some_and(|&d| d >= 5);
    exact.resize(p, 0);
    if round_up {
        // Carry from the last kept digit; 9.99 becomes 10.0, one more in the exponent.
        let mut i = p;
        loop {
            if i == 0 {
                exact.insert(0, 1);
                exact.truncate(p);
                e += 1;
                break;
            }
            i -= 1;
            if exact[i] == 9 {
                exact[i] = 0;
            } else {
                exact[i] += 1;
                break;
            }
        }
    }
    (exact, e)
}

/// `x.toExponential(f)` for a finite `x` and `0 <= f <= 100`: `f + 1` digits, as V8 rounds
/// them (half up: `(2.5).toExponential(0)` is `3e+0`).
pub fn to_exponential(x: f64, f: usize) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, e) = rounded_digits(x, f + 1);
    let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    let (first, rest) = text.split_at(1);
    let exponent = if e >= 0 {
        format!("+{e}")
    } else {
        e.to_string()
    };
    if rest.is_empty() {
        format!("{sign}{first}e{exponent}")
    } else {
        format!("{sign}{first}.{rest}e{exponent}")
    }
}

/// `x.toPrecision(p)` for a finite `x` and `1 <= p <= 100`, as ECMA-262 writes it.
pub fn to_precision(x: f64, p: usize) -> String {
    let sign = if x < 0.0 { "-" } else { "" };
    let (digits, e) = rounded_digits(x, p);
    let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
    let p = p as i32;
    if e < -6 || e >= p {
        let (first, rest) = text.split_at(1);
        let exponent = if e >= 0 {
            format!("+{e}")
        } else {
            e.to_string()
        };
        return if rest.is_empty() {
            format!("{sign}{first}e{exponent}")
        } else {
            format!("{sign}{first}.{rest}e{exponent}")
        };
    }
    if e == p - 1 {
        return format!("{sign}{text}");
    }
    if e >= 0 {
        let (int, frac) = text.split_at(e as usize + 1);
        return format!("{sign}{int}.{frac}");
    }
    format!("{sign}0.{}{text}", "0".repeat((-(e + 1)) as usize))
}

fn number_to_precision(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let x = match this {
        v if v.is_number() => v.as_number(),
        v => v
            .as_object()
            .and_then(|o| o.downcast_ref::<f64>().map(|n| *n)),
    };
    let precision = args.first().cloned().unwrap_or_default();
    let (Some(x), false) = (x, precision.is_undefined()) else {
        return original.call(this, args, context);
    };
    let p = precision.to_number(context)?;
    let p = if p.is_nan() { 0.0 } else { p.trunc() };
    if !x.is_finite() || !(1.0..=100.0).contains(&p) {
        return original.call(this, args, context);
    }
    Ok(JsString::from(to_precision(x, p as usize).as_str()).into())
}

fn number_to_exponential(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let x = match this {
        v if v.is_number() => v.as_number(),
        v => v
            .as_object()
            .and_then(|o| o.downcast_ref::<f64>().map(|n| *n)),
    };
    let digits = args.first().cloned().unwrap_or_default();
    // Without fraction digits the shortest form is Boa's, already V8's.
    let (Some(x), false) = (x, digits.is_undefined()) else {
        return original.call(this, args, context);
    };
    let f = digits.to_number(context)?;
    let f = if f.is_nan() { 0.0 } else { f.trunc() };
    if !x.is_finite() || !(0.0..=100.0).contains(&f) {
        return original.call(this, args, context);
    }
    Ok(JsString::from(to_exponential(x, f as usize).as_str()).into())
}

/// Replace `Number.prototype.toPrecision` and `toExponential` (before `v8_builtins` wraps
/// them for V8's messages).
pub fn install(context: &mut Context) -> JsResult<()> {
    let number = context.intrinsics().constructors().number().prototype();
    crate::bindings::wrap_method(&number, "toPrecision", number_to_precision, |f| f, context)?;
    crate::bindings::wrap_method(
        &number,
        "toExponential",
        number_to_exponential,
        |f| f,
        context,
    )
}

#[cfg(test)]
mod tests {
    use super::to_precision;

    // Each expected text recorded from node 20.
    #[test]
    fn exact_digits_rounded_half_up() {
        assert_eq!(to_precision(5e-324, 3), "4.94e-324");
        assert_eq!(to_precision(1e-310, 17), "9.9999999999999694e-311");
        assert_eq!(to_precision(1.2345e-100, 3), "1.23e-100");
        assert_eq!(to_precision(2.5, 1), "3");
        assert_eq!(to_precision(1.25, 2), "1.3");
        assert_eq!(to_precision(123.456, 2), "1.2e+2");
        assert_eq!(to_precision(123.456, 5), "123.46");
        assert_eq!(to_precision(0.000001234, 2), "0.0000012");
        assert_eq!(to_precision(1e-7, 1), "1e-7");
        assert_eq!(to_precision(0.0, 3), "0.00");
        assert_eq!(to_precision(-0.0, 1), "0");
        assert_eq!(to_precision(99.99, 3), "100");
        assert_eq!(to_precision(9.99, 1), "1e+1");
        assert_eq!(to_precision(-4.9e-324, 2), "-4.9e-324");
        assert_eq!(to_precision(1.7976931348623157e308, 5), "1.7977e+308");
        assert_eq!(to_precision(1e21, 21), "1.00000000000000000000e+21");
    }

    #[test]
    fn exponential_rounds_half_up() {
        use super::to_exponential;
        assert_eq!(to_exponential(2.5, 0), "3e+0");
        assert_eq!(to_exponential(1.5, 0), "2e+0");
        assert_eq!(to_exponential(123.456, 2), "1.23e+2");
        assert_eq!(to_exponential(5e-324, 3), "4.941e-324");
        assert_eq!(to_exponential(0.0, 2), "0.00e+0");
        assert_eq!(to_exponential(-9.995, 2), "-9.99e+0");
    }
}
