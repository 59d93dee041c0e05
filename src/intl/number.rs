//! `Intl.NumberFormat`'s layout for en-US, as ICU's number formatter does it: precision
//! (fraction or significant digits, ECMA-402's rounding priority and modes), the compact and
//! scientific multipliers (`chooseMultiplierAndApply`: a value rounded into the next magnitude
//! is formatted again with that magnitude's multiplier), grouping, signs and the affixes of the
//! percent, currency and unit styles. The result is a list of parts, as `formatToParts` gives.

use super::decimal::{Decimal, Mode};
use super::locale::{COMPACT_MAX, Locale, Numbers};
use super::number_data::{CURRENCIES, UNITS};

/// The value to format.
pub enum Value {
    Finite(Decimal),
    NaN,
    Infinite(bool),
}

#[derive(Clone, Copy, PartialEq)]
pub enum Rounding {
    Fraction,
    Significant,
    MorePrecision,
    LessPrecision,
}

/// The resolved options (`resolvedOptions()`'s values, checked by intl.js).
pub struct Options {
    pub style: String,
    pub currency: String,
    pub currency_display: String,
    pub currency_sign: String,
    pub unit: String,
    pub unit_display: String,
    pub min_integer: i32,
    pub min_fraction: i32,
    pub max_fraction: i32,
    pub min_significant: i32,
    pub max_significant: i32,
    pub rounding: Rounding,
    pub mode: Mode,
    pub increment: u32,
    pub strip_if_integer: bool,
    pub grouping: String,
    pub notation: String,
    pub compact_display: String,
    pub sign_display: String,
    /// The data locale (`locale.rs`); empty for en-US.
    pub locale: String,
}

pub type Parts = Vec<(&'static str, String)>;

impl Options {
    /// A default decimal format (what `new Intl.NumberFormat()` resolves to).
    pub fn decimal() -> Options {
        Options {
            style: "decimal".into(),
            currency: String::new(),
            currency_display: "symbol".into(),
            currency_sign: "standard".into(),
            unit: String::new(),
            unit_display: "short".into(),
            min_integer: 1,
            min_fraction: 0,
            max_fraction: 3,
            min_significant: 1,
            max_significant: 21,
            rounding: Rounding::Fraction,
            mode: Mode::HalfExpand,
            increment: 1,
            strip_if_integer: false,
            grouping: "auto".into(),
            notation: "standard".into(),
            compact_display: "short".into(),
            sign_display: "auto".into(),
            locale: String::new(),
        }
    }
}

/// The fraction digits a currency has (ISO 4217 as CLDR has it; 2 for an unknown code).
pub fn currency_digits(code: &str) -> u8 {
    currency(code).map_or(2, |c| c.5)
}

fn currency(
    code: &str,
) -> Option<&'static (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    u8,
)> {
    CURRENCIES.iter().find(|c| c.0 == code)
}

/// Whether `unit` is one ECMA-402 sanctions, or two of them joined by `-per-`.
pub fn is_known_unit(unit: &str) -> bool {
    let simple = |u: &str| UNITS.iter().any(|row| row.0 == u && !u.contains("-per-"));
    simple(unit)
        || unit
            .split_once("-per-")
            .is_some_and(|(a, b)| simple(a) && simple(b))
}

/// Apply the precision to `d`; the number of fraction digits to show at least.
fn apply_precision(d: &mut Decimal, o: &Options) -> i32 {
    let significant_position = d.magnitude() + 1 - o.max_significant;
    let fraction_position = -o.max_fraction;
    let use_significant = match o.rounding {
        Rounding::Significant => true,
        Rounding::Fraction => false,
        Rounding::MorePrecision => significant_position <= fraction_position,
        Rounding::LessPrecision => significant_position >= fraction_position,
    };
    let min_fraction = if use_significant {
        d.round_significant(o.max_significant, o.mode);
        if d.is_zero() {
            o.min_significant - 1
        } else {
            o.min_significant - d.point
        }
    } else {
        round_fraction(d, o);
        o.min_fraction
    };
    if o.strip_if_integer && d.fraction_len() == 0 {
        0
    } else {
        min_fraction.max(0)
    }
}

/// Round to `max_fraction` digits, to a multiple of `increment` units of the last digit.
fn round_fraction(d: &mut Decimal, o: &Options) {
    if o.increment <= 1 {
        d.round_at(-o.max_fraction, o.mode);
        return;
    }
    // The increments are 1, 2, 5 or 25 times a power of ten: dividing by one is multiplying
    // by 100, 50, 20 or 4 and shifting, so the quotient stays exact.
    let mut base = o.increment;
    let mut tens = 0;
    while base.is_multiple_of(10) {
        base /= 10;
        tens += 1;
    }
    let factor = 100 / base;
    d.shift(o.max_fraction - tens - 2);
    d.multiply(factor);
    d.round_at(0, o.mode);
    d.multiply(base);
    d.shift(tens - o.max_fraction);
}

impl Decimal {
    /// Multiply by a small integer.
    pub fn multiply(&mut self, factor: u32) {
        if self.is_zero() || factor == 1 {
            return;
        }
        let mut out = Vec::with_capacity(self.digits.len() + 4);
        let mut carry = 0u32;
        for &digit in self.digits.iter().rev() {
            let v = digit as u32 * factor + carry;
            out.push((v % 10) as u8);
            carry = v / 10;
        }
        let mut point = self.point;
        while carry > 0 {
            out.push((carry % 10) as u8);
            carry /= 10;
            point += 1;
        }
        out.reverse();
        *self = Decimal::normalized(self.negative, out, point);
    }
}

/// ICU's `chooseMultiplierAndApply`: scale by the magnitude's multiplier, round, and if the
/// rounding reached another magnitude whose multiplier differs, start again from it.
fn scale_and_round(d: &mut Decimal, o: &Options, exponent_for: impl Fn(i32) -> i32) -> (i32, i32) {
    let original = d.clone();
    let magnitude = d.magnitude();
    let exponent = exponent_for(magnitude);
    d.shift(-exponent);
    let min_fraction = apply_precision(d, o);
    if d.is_zero() || d.magnitude() + exponent == magnitude {
        return (exponent, min_fraction);
    }
    let next = exponent_for(magnitude + 1);
    if next == exponent {
        return (exponent, min_fraction);
    }
    *d = original;
    d.shift(-next);
    let min_fraction = apply_precision(d, o);
    (next, min_fraction)
}

/// A locale's compact exponent for a magnitude: its pattern's magnitude less the digits the
/// pattern shows ('00 Mio.' for 10^7 divides by 10^6; '0' alone does not divide).
fn locale_compact_exponent(l: &Locale, long: bool, magnitude: i32) -> i32 {
    if magnitude < 3 {
        return 0;
    }
    let k = magnitude.min(COMPACT_MAX);
    let pattern = l.compact_pattern(long, k, "other");
    let zeros = pattern.chars().filter(|&c| c == '0').count() as i32;
    if pattern == "0" || zeros == 0 {
        0
    } else {
        k - (zeros - 1)
    }
}

/// The text of a compact pattern around the digits: spaces are literals, the rest compact.
fn compact_affixes(number: &mut Parts, pattern: &str) {
    let start = pattern.find('0').unwrap_or(0);
    let end = pattern.rfind('0').map_or(0, |i| i + 1);
    let split = |text: &str| -> Parts {
        let mut out = Parts::new();
        let trimmed = text.trim_matches(|c: char| c.is_whitespace());
        let lead = &text[..text.len() - text.trim_start_matches(|c: char| c.is_whitespace()).len()];
        let tail = &text[text.trim_end_matches(|c: char| c.is_whitespace()).len()..];
        if !lead.is_empty() {
            out.push(("literal", lead.to_string()));
        }
        if !trimmed.is_empty() {
            out.push(("compact", trimmed.to_string()));
        }
        if !tail.is_empty() && !trimmed.is_empty() {
            out.push(("literal", tail.to_string()));
        }
        out
    };
    let before = split(&pattern[..start]);
    let after = split(&pattern[end..]);
    number.splice(0..0, before);
    number.extend(after);
}

fn compact_exponent(magnitude: i32) -> i32 {
    if magnitude < 3 {
        0
    } else {
        (magnitude.min(14) / 3) * 3
    }
}

/// Format `value`: the parts in order.
pub fn format(value: &Value, o: &Options) -> Parts {
    let locale = Locale::find(&o.locale);
    let symbols = locale.map(|l| l.numbers());
    let mut number: Parts = Vec::new();
    let (negative, zero, one) = match value {
        Value::NaN => {
            number.push(("nan", "NaN".into()));
            // ICU signs NaN only when every value is signed ('always').
            (false, true, false)
        }
        Value::Infinite(negative) => {
            number.push(("infinity", "∞".into()));
            (*negative, false, false)
        }
        Value::Finite(d) => {
            let mut d = d.clone();
            if o.style == "percent" {
                d.shift(2);
            }
            // CLDR's compact currency patterns are short only: ICU ignores `long` for them.
            let long = o.compact_display == "long" && (locale.is_none() || o.style != "currency");
            let (exponent, min_fraction) = match o.notation.as_str() {
                "compact" if locale.is_some() => scale_and_round(&mut d, o, |m| {
                    locale.map_or(0, |l| locale_compact_exponent(&l, long, m))
                }),
                "compact" => scale_and_round(&mut d, o, compact_exponent),
                "scientific" => scale_and_round(&mut d, o, |m| m),
                "engineering" => scale_and_round(&mut d, o, |m| m.div_euclid(3) * 3),
                _ => (0, apply_precision(&mut d, o)),
            };
            let (integer, fraction) = d.layout(o.min_integer, min_fraction);
            let locale_min2 = symbols.as_ref().is_some_and(|n| n.min_grouping == 2);
            let min_grouping = match o.grouping.as_str() {
                "false" => usize::MAX,
                "min2" => 5,
                "auto" if locale_min2 => 5,
                _ => 4,
            };
            push_integer(&mut number, &integer, min_grouping, symbols.as_ref());
            if !fraction.is_empty() {
                let decimal = symbols.as_ref().map_or(".", |n| n.decimal);
                number.push(("decimal", decimal.into()));
                number.push(("fraction", fraction.clone()));
            }
            match o.notation.as_str() {
                "compact" if exponent > 0 && locale.is_some() => {
                    if let Some(l) = locale {
                        let language = o.locale.split('-').next().unwrap_or("");
                        let category = super::plural::select(language, &integer, &fraction, false);
                        let magnitude = d.magnitude() + exponent;
                        let pattern = l.compact_pattern(long, magnitude, category);
                        compact_affixes(&mut number, pattern);
                    }
                }
                "compact" if exponent > 0 => {
                    let word = match (exponent, long) {
                        (3, false) => "K",
                        (6, false) => "M",
                        (9, false) => "B",
                        (12, false) => "T",
                        (3, true) => "thousand",
                        (6, true) => "million",
                        (9, true) => "billion",
                        _ if long => "trillion",
                        _ => "T",
                    };
                    if long {
                        number.push(("literal", " ".into()));
                    }
                    number.push(("compact", word.into()));
                }
                "scientific" | "engineering" => {
                    number.push(("exponentSeparator", "E".into()));
                    if exponent < 0 {
                        number.push(("exponentMinusSign", "-".into()));
                    }
                    number.push(("exponentInteger", exponent.abs().to_string()));
                }
                _ => {}
            }
            let one =
                exponent == 0 && super::plural::select("en", &integer, &fraction, false) == "one";
            (d.negative, d.is_zero(), one)
        }
    };
    let sign = match o.sign_display.as_str() {
        "never" => None,
        "always" => Some(negative),
        "exceptZero" if zero => None,
        "exceptZero" => Some(negative),
        "negative" if negative && !zero => Some(true),
        "negative" => None,
        _ if negative => Some(true),
        _ => None,
    };
    if let (Some(locale), Some(symbols)) = (locale, symbols) {
        return locale_affixes(number, sign, o, one, &locale, &symbols);
    }
    let accounting = o.style == "currency" && o.currency_sign == "accounting" && sign == Some(true);
    let mut parts: Parts = Vec::new();
    if accounting {
        parts.push(("literal", "(".into()));
    } else if let Some(minus) = sign {
        parts.push(if minus {
            ("minusSign", "-".into())
        } else {
            ("plusSign", "+".into())
        });
    }
    match o.style.as_str() {
        "percent" => {
            parts.extend(number);
            parts.push(("percentSign", "%".into()));
        }
        "currency" => currency_affixes(&mut parts, number, o, one),
        "unit" => unit_affixes(&mut parts, number, o, one),
        _ => parts.extend(number),
    }
    if accounting {
        parts.push(("literal", ")".into()));
    }
    parts
}

/// The integer digits in groups: of three, or (Indian) three then two by two.
fn push_integer(parts: &mut Parts, integer: &str, min_grouping: usize, symbols: Option<&Numbers>) {
    if integer.len() < min_grouping {
        parts.push(("integer", integer.to_string()));
        return;
    }
    let group = symbols.map_or(",", |n| n.group);
    let indian = symbols.is_some_and(|n| n.indian);
    let mut sizes = Vec::new();
    let mut rest = integer.len();
    let mut size = 3;
    while rest > 0 {
        let take = size.min(rest);
        sizes.push(take);
        rest -= take;
        if indian {
            size = 2;
        }
    }
    let mut start = 0;
    for (i, take) in sizes.iter().rev().enumerate() {
        if i > 0 {
            parts.push(("group", group.into()));
        }
        parts.push(("integer", integer[start..start + take].to_string()));
        start += take;
    }
}

/// A locale's affixes from its patterns: `#` the number, `-` the sign (a positive sign takes
/// the negative pattern's place, as ICU does), `%` the percent sign, `¤` the currency.
fn locale_affixes(
    number: Parts,
    sign: Option<bool>,
    o: &Options,
    one: bool,
    locale: &Locale,
    symbols: &Numbers,
) -> Parts {
    let patterns = match o.style.as_str() {
        "percent" => symbols.percent,
        "currency" => symbols.currency,
        _ => ["#", "-#"],
    };
    let accounting = o.style == "currency" && o.currency_sign == "accounting";
    let pattern = match sign {
        Some(true) if accounting => symbols.accounting,
        Some(_) => patterns[1],
        None => patterns[0],
    };
    let currency = (o.style == "currency").then(|| locale_currency(o, locale));
    let mut parts: Parts = Vec::new();
    let mut number = Some(number);
    let chars: Vec<char> = pattern.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '#' => parts.extend(number.take().unwrap_or_default()),
            '-' => match sign {
                Some(true) => parts.push(("minusSign", symbols.minus.into())),
                Some(false) => parts.push(("plusSign", symbols.plus.into())),
                None => {}
            },
            '%' => parts.push(("percentSign", symbols.percent_sign.into())),
            '¤' => {
                let symbol = currency.clone().unwrap_or_default();
                // ICU's currency spacing: a letter of the symbol next to a digit is kept
                // apart by a no-break space.
                let before_digit = chars.get(i + 1) == Some(&'#');
                let after_digit = i > 0 && chars[i - 1] == '#';
                if after_digit && symbol.starts_with(char::is_alphabetic) {
                    parts.push(("literal", "\u{a0}".into()));
                }
                parts.push(("currency", symbol.clone()));
                if before_digit && symbol.ends_with(char::is_alphabetic) {
                    parts.push(("literal", "\u{a0}".into()));
                }
            }
            _ => match parts.last_mut() {
                Some(("literal", text)) => text.push(c),
                _ => parts.push(("literal", c.to_string())),
            },
        }
    }
    if o.style == "unit" {
        let number: Parts = std::mem::take(&mut parts);
        unit_affixes(&mut parts, number, o, one);
    }
    parts
}

/// The currency as a locale shows it: its own symbol, else the ISO code or en's symbols.
fn locale_currency(o: &Options, locale: &Locale) -> String {
    let row = currency(&o.currency);
    match (o.currency_display.as_str(), row) {
        ("code", _) | (_, None) => o.currency.clone(),
        ("narrowSymbol", Some(r)) => r.2.to_string(),
        ("name", Some(r)) => r.4.to_string(),
        (_, Some(r)) => locale
            .currency_symbol(&o.currency)
            .unwrap_or(r.1)
            .to_string(),
    }
}

fn currency_affixes(parts: &mut Parts, number: Parts, o: &Options, one: bool) {
    let row = currency(&o.currency);
    if o.currency_display == "name" {
        let name = match row {
            Some(r) if one => r.3,
            Some(r) => r.4,
            None => o.currency.as_str(),
        };
        parts.extend(number);
        parts.push(("literal", " ".into()));
        parts.push(("currency", name.to_string()));
        return;
    }
    let symbol = match (o.currency_display.as_str(), row) {
        ("code", _) | (_, None) => o.currency.as_str(),
        ("narrowSymbol", Some(r)) => r.2,
        (_, Some(r)) => r.1,
    };
    parts.push(("currency", symbol.to_string()));
    // ICU's currency spacing: a symbol ending in a letter is kept apart from the digits.
    if symbol.chars().last().is_some_and(char::is_alphabetic) {
        parts.push(("literal", "\u{a0}".into()));
    }
    parts.extend(number);
}

fn unit_affixes(parts: &mut Parts, number: Parts, o: &Options, one: bool) {
    let column = match o.unit_display.as_str() {
        "long" => 2,
        "narrow" => 4,
        _ => 0,
    } + usize::from(!one);
    let pattern = match UNITS.iter().find(|row| row.0 == o.unit) {
        Some(row) => row.1[column].to_string(),
        None => compound_pattern(&o.unit, column),
    };
    let (before, after) = pattern.split_once("{0}").unwrap_or(("", ""));
    push_affix(parts, before, true);
    parts.extend(number);
    push_affix(parts, after, false);
}

/// A `-per-` unit CLDR has no pattern of its own for: "{0} X/Y", "{0} X per Y".
fn compound_pattern(unit: &str, column: usize) -> String {
    let Some((a, b)) = unit.split_once("-per-") else {
        return format!("{{0}} {unit}");
    };
    let find = |u: &str, col: usize| {
        UNITS
            .iter()
            .find(|row| row.0 == u)
            .map_or(u.to_string(), |row| row.1[col].to_string())
    };
    let numerator = find(a, column);
    let denominator = find(b, column - column % 2);
    let denominator = denominator.replace("{0}", "").trim().to_string();
    if (2..4).contains(&column) {
        format!("{numerator} per {denominator}")
    } else {
        format!("{numerator}/{denominator}")
    }
}

/// An affix as parts: spaces are literals, the rest is the unit.
fn push_affix(parts: &mut Parts, text: &str, before: bool) {
    if text.is_empty() {
        return;
    }
    let trimmed = text.trim_matches(|c: char| c == ' ' || c == '\u{a0}');
    let (lead, tail) = if before {
        ("", &text[trimmed.len()..])
    } else {
        (&text[..text.len() - trimmed.len()], "")
    };
    if !lead.is_empty() {
        parts.push(("literal", lead.to_string()));
    }
    if !trimmed.is_empty() {
        parts.push(("unit", trimmed.to_string()));
    }
    if !tail.is_empty() {
        parts.push(("literal", tail.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> Options {
        Options::decimal()
    }

    fn text(x: f64, o: &Options) -> String {
        format(&Value::Finite(Decimal::from_f64(x)), o)
            .into_iter()
            .map(|p| p.1)
            .collect()
    }

    #[test]
    fn groups_and_rounds() {
        let o = options();
        assert_eq!(text(1234.5, &o), "1,234.5");
        assert_eq!(text(123456789.123456, &o), "123,456,789.123");
        assert_eq!(text(-0.0, &o), "-0");
    }

    #[test]
    fn compact_moves_to_the_next_magnitude() {
        let mut o = options();
        o.notation = "compact".into();
        o.rounding = Rounding::MorePrecision;
        o.max_fraction = 0;
        o.max_significant = 2;
        o.grouping = "min2".into();
        assert_eq!(text(999999.0, &o), "1M");
        assert_eq!(text(1234.0, &o), "1.2K");
        assert_eq!(text(1e15, &o), "1000T");
        assert_eq!(text(1e18, &o), "1,000,000T");
    }

    #[test]
    fn increments() {
        let mut o = options();
        o.min_fraction = 2;
        o.max_fraction = 2;
        o.increment = 5;
        assert_eq!(text(1.23, &o), "1.25");
        o.increment = 25;
        assert_eq!(text(1.13, &o), "1.25");
    }
}
