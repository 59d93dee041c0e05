//! CLDR's plural rules (as Node 20's ICU has them) for the languages looplab has data for:
//! cardinal and ordinal categories of a number as displayed, from its operands (`i` the
//! integer digits, `v` how many fraction digits are shown, `n` the absolute value).

/// The operands of a displayed number.
struct Operands<'a> {
    integer: &'a str,
    fraction: &'a str,
}

impl Operands<'_> {
    /// `i % m` (`m` at most 10^9).
    fn i_mod(&self, m: u64) -> u64 {
        let tail = &self.integer[self.integer.len().saturating_sub(9)..];
        tail.parse::<u64>().unwrap_or(0) % m
    }
    /// `i` as a small number (`u64::MAX` when it does not fit).
    fn i(&self) -> u64 {
        self.integer.parse().unwrap_or(u64::MAX)
    }
    fn v(&self) -> usize {
        self.fraction.len()
    }
    /// `n = x` for an integer `x`: the integer part is `x` and every fraction digit is 0.
    fn n_is(&self, x: u64) -> bool {
        self.i() == x && self.fraction.bytes().all(|b| b == b'0')
    }
    /// CLDR's `many` of the Romance languages: a whole million, multiplied by an integer.
    fn millions(&self) -> bool {
        self.v() == 0 && self.i() != 0 && self.i_mod(1_000_000) == 0
    }
}

/// The category of a number as displayed (`integer` digits and `fraction` digits) in
/// `language` (`en` for any language without rules here).
pub fn select(language: &str, integer: &str, fraction: &str, ordinal: bool) -> &'static str {
    let n = Operands { integer, fraction };
    if ordinal {
        return select_ordinal(language, &n);
    }
    let (i, v) = (n.i(), n.v());
    match language {
        "ja" | "zh" | "ko" => "other",
        "fr" if i <= 1 => "one",
        "pt" if i <= 1 => "one",
        "fr" | "pt" if n.millions() => "many",
        "es" if n.n_is(1) => "one",
        "it" if i == 1 && v == 0 => "one",
        "es" | "it" if n.millions() => "many",
        "fr" | "pt" | "es" | "it" => "other",
        "hi" if i == 0 || n.n_is(1) => "one",
        "hi" => "other",
        "ru" | "pl" => slavic(language, &n),
        _ if i == 1 && v == 0 => "one",
        _ => "other",
    }
}

/// Russian's and Polish's one, few and many (fractions are other).
fn slavic(language: &str, n: &Operands) -> &'static str {
    if n.v() > 0 {
        return "other";
    }
    let (ten, hundred) = (n.i_mod(10), n.i_mod(100));
    let teen = (12..=14).contains(&hundred);
    if language == "pl" {
        return match ten {
            _ if n.i() == 1 => "one",
            2..=4 if !teen => "few",
            _ => "many",
        };
    }
    match ten {
        1 if hundred != 11 => "one",
        2..=4 if !teen => "few",
        _ => "many",
    }
}

fn select_ordinal(language: &str, n: &Operands) -> &'static str {
    if n.v() > 0 && language != "en" {
        // Only integers have ordinal forms besides other.
        return "other";
    }
    let (ten, hundred) = (n.i_mod(10), n.i_mod(100));
    match language {
        "fr" if n.n_is(1) => "one",
        "sv" if matches!(ten, 1 | 2) && !matches!(hundred, 11 | 12) => "one",
        "it" if matches!(n.i(), 11 | 8 | 80 | 800) => "many",
        "hi" => match n.i() {
            1 => "one",
            2 | 3 => "two",
            4 => "few",
            6 => "many",
            _ => "other",
        },
        "en" => english_ordinal(n),
        _ => "other",
    }
}

/// en: one (1st, 21st), two (2nd), few (3rd), else other (4th, 11th-13th).
fn english_ordinal(n: &Operands) -> &'static str {
    if n.v() > 0 {
        return "other";
    }
    match (n.i_mod(10), n.i_mod(100)) {
        (1, t) if t != 11 => "one",
        (2, t) if t != 12 => "two",
        (3, t) if t != 13 => "few",
        _ => "other",
    }
}

/// `resolvedOptions().pluralCategories` in ICU's order.
pub fn categories(language: &str, ordinal: bool) -> &'static [&'static str] {
    match (language, ordinal) {
        ("en", true) => &["few", "one", "two", "other"],
        ("hi", true) => &["few", "many", "one", "two", "other"],
        ("it", true) => &["many", "other"],
        ("sv" | "fr", true) => &["one", "other"],
        (_, true) | ("ja" | "zh" | "ko", false) => &["other"],
        ("it" | "es" | "pt" | "fr", false) => &["many", "one", "other"],
        ("ru" | "pl", false) => &["few", "many", "one", "other"],
        _ => &["one", "other"],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinal_and_ordinal() {
        assert_eq!(select("en", "1", "", false), "one");
        assert_eq!(select("en", "1", "0", false), "other");
        assert_eq!(select("en", "21", "", true), "one");
        assert_eq!(select("en", "12", "", true), "other");
        assert_eq!(select("en", "103", "", true), "few");
    }

    #[test]
    fn other_languages() {
        assert_eq!(select("ru", "22", "", false), "few");
        assert_eq!(select("ru", "11", "", false), "many");
        assert_eq!(select("ru", "21", "", false), "one");
        assert_eq!(select("pl", "22", "", false), "few");
        assert_eq!(select("pl", "21", "", false), "many");
        assert_eq!(select("fr", "0", "5", false), "one");
        assert_eq!(select("fr", "1000000", "", false), "many");
        assert_eq!(select("es", "1", "0", false), "one");
        assert_eq!(select("it", "8", "", true), "many");
        assert_eq!(select("sv", "22", "", true), "one");
        assert_eq!(select("hi", "6", "", true), "many");
    }
}
