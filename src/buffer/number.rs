//! JS number formatting needed by Node's buffer error messages.
//!
//! `Number.prototype.toString()` (ECMA-262 Number::toString with radix 10) and
//! Node's `addNumericalSeparator` from lib/internal/errors.js.

/// Formats `x` exactly as JavaScript's `String(x)` does.
///
/// Rust's `{:e}` formatting yields the shortest digit string that round-trips,
/// which is the digit string ECMA-262 requires; we only re-layout it.
pub fn js_number_to_string(x: f64) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x == 0.0 {
        return "0".to_string(); // both +0 and -0
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if x < 0.0 {
        return format!("-{}", js_number_to_string(-x));
    }
    // "d.ddddde±x" → digits "dddddd", exponent x.
    let exp_form = format!("{x:e}");
    let (mantissa, exp) = match exp_form.split_once('e') {
        Some(parts) => parts,
        None => return exp_form,
    };
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let exp: i64 = exp.parse().unwrap_or(0);
    let k = digits.len() as i64; // number of significant digits
    let n = exp + 1; // position of the decimal point relative to the digits
    if k <= n && n <= 21 {
        // Integer: digits followed by n - k zeros.
        let mut s = digits;
        s.extend(std::iter::repeat_n('0', (n - k) as usize));
        s
    } else if 0 < n && n <= 21 {
        let (int_part, frac) = digits.split_at(n as usize);
        format!("{int_part}.{frac}")
    } else if -6 < n && n <= 0 {
        let zeros: String = std::iter::repeat_n('0', (-n) as usize).collect();
        format!("0.{zeros}{digits}")
    } else {
        let e = n - 1;
        let sign = if e < 0 { '-' } else { '+' };
        let (first, rest) = digits.split_at(1);
        if rest.is_empty() {
            format!("{first}e{sign}{}", e.abs())
        } else {
            format!("{first}.{rest}e{sign}{}", e.abs())
        }
    }
}

/// `util.inspect(number)`: like `String(x)` except that -0 prints as `-0`.
pub fn inspect_number(x: f64) -> String {
    if x == 0.0 && x.is_sign_negative() {
        "-0".to_string()
    } else {
        js_number_to_string(x)
    }
}

/// Node's `addNumericalSeparator` (lib/internal/errors.js): groups the string
/// from the right in threes with `_`, skipping a leading `-`. It works on the
/// text blindly, so `"1e+21"` becomes `"1e_+21"`, just as in Node.
pub fn add_numerical_separator(val: &str) -> String {
    let chars: Vec<char> = val.chars().collect();
    let start = usize::from(chars.first() == Some(&'-'));
    let mut i = chars.len();
    let mut res = String::new();
    while i >= start + 4 {
        let group: String = chars[i - 3..i].iter().collect();
        res = format!("_{group}{res}");
        i -= 3;
    }
    let head: String = chars[..i].iter().collect();
    format!("{head}{res}")
}

/// `ToUint32` (ECMA-262 7.1.7) of a JS number.
pub fn to_uint32(x: f64) -> u32 {
    if !x.is_finite() {
        return 0;
    }
    let t = x.trunc();
    let m = t.rem_euclid(4_294_967_296.0);
    m as u32
}

/// `ToUint8` (ECMA-262 7.1.11): what storing a number into a `Uint8Array` does.
pub fn to_uint8(x: f64) -> u8 {
    (to_uint32(x) & 0xff) as u8
}

/// `ToInt32` (ECMA-262 7.1.6).
pub fn to_int32(x: f64) -> i32 {
    to_uint32(x) as i32
}

/// Is `x` a JS integer (`Number.isInteger`)?
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && x.trunc() == x
}
