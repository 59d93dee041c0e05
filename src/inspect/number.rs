//! JS Number-to-string (shortest round trip via `ryu-js`, JS exponent rules:
//! `1e+21`, `1e-7`), Node's `formatNumber` / `formatBigInt` (with
//! `numericSeparator`), and `Date.prototype.toISOString`.

/// `String(n)` / `Number.prototype.toString()` (so `-0` gives `"0"`).
pub fn js_number_to_string(n: f64) -> String {
    if n == 0.0 {
        return "0".to_string();
    }
    let mut buf = ryu_js::Buffer::new();
    buf.format(n).to_string()
}

/// Node: `addNumericSeparator` — `_` every three digits from the right.
fn add_numeric_separator(int: &str) -> String {
    let (sign, digits) = match int.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", int),
    };
    if digits.len() < 4 {
        return int.to_string();
    }
    let mut out = String::from(sign);
    let first = digits.len() % 3;
    let first = if first == 0 { 3 } else { first };
    out.push_str(&digits[..first]);
    let mut i = first;
    while i < digits.len() {
        out.push('_');
        out.push_str(&digits[i..i + 3]);
        i += 3;
    }
    out
}

/// Node: `addNumericSeparatorEnd` — `_` every three digits from the left.
fn add_numeric_separator_end(frac: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i + 3 < frac.len() {
        out.push_str(&frac[i..i + 3]);
        out.push('_');
        i += 3;
    }
    if i == 0 {
        return frac.to_string();
    }
    out.push_str(&frac[i..]);
    out
}

/// Node: `formatNumber` (without styling): `-0` prints as `-0`.
pub fn format_number(n: f64, numeric_separator: bool) -> String {
    if !numeric_separator {
        if n == 0.0 && n.is_sign_negative() {
            return "-0".to_string();
        }
        return js_number_to_string(n);
    }
    let s = js_number_to_string(n);
    if n.is_nan() {
        return s;
    }
    if n.trunc() == n {
        if !n.is_finite() || s.contains('e') {
            return s;
        }
        return add_numeric_separator(&s);
    }
    // Node slices around `indexOf('.')` even when it is -1 (e.g. `1e-7`);
    // mirror the JS `slice` semantics exactly.
    let (int_part, frac_part) = match s.find('.') {
        Some(dot) => (&s[..dot], &s[dot + 1..]),
        None => (&s[..s.len().saturating_sub(1)], &s[..]),
    };
    format!(
        "{}.{}",
        add_numeric_separator(int_part),
        add_numeric_separator_end(frac_part)
    )
}

/// Node: `formatBigInt` (without styling): `123n`.
pub fn format_bigint(digits: &str, numeric_separator: bool) -> String {
    if numeric_separator
        && !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        format!("{}n", add_numeric_separator(digits))
    } else {
        format!("{digits}n")
    }
}

/// Days since 1970-01-01 to (year, month 1-12, day 1-31), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// `Date.prototype.toISOString()`, or `None` for an invalid date (Node then
/// prints `Date.prototype.toString()`, i.e. `Invalid Date`).
pub fn date_to_iso(time: f64) -> Option<String> {
    if !time.is_finite() || time.abs() > 8.64e15 {
        return None;
    }
    let t = time.trunc() as i64;
    let days = t.div_euclid(86_400_000);
    let ms_of_day = t.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    let h = ms_of_day / 3_600_000;
    let mi = (ms_of_day / 60_000) % 60;
    let s = (ms_of_day / 1000) % 60;
    let ms = ms_of_day % 1000;
    let year = if (0..=9999).contains(&y) {
        format!("{y:04}")
    } else if y < 0 {
        format!("-{:06}", -y)
    } else {
        format!("+{y:06}")
    };
    Some(format!(
        "{year}-{m:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z"
    ))
}
