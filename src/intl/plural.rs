//! en's plural rules (CLDR): cardinal `one` for a displayed `1` without fraction digits, else
//! `other`; ordinal `one` (1st, 21st), `two` (2nd), `few` (3rd), else `other` (4th, 11th-13th).

/// The category of a number as displayed (`integer` digits and `fraction` digits).
pub fn select(integer: &str, fraction: &str, ordinal: bool) -> &'static str {
    if !ordinal {
        return if integer == "1" && fraction.is_empty() {
            "one"
        } else {
            "other"
        };
    }
    if !fraction.is_empty() {
        return "other";
    }
    let tail: u32 = integer[integer.len().saturating_sub(2)..]
        .parse()
        .unwrap_or(0);
    match (tail % 10, tail) {
        (1, t) if t != 11 => "one",
        (2, t) if t != 12 => "two",
        (3, t) if t != 13 => "few",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cardinal_and_ordinal() {
        assert_eq!(select("1", "", false), "one");
        assert_eq!(select("1", "0", false), "other");
        assert_eq!(select("21", "", true), "one");
        assert_eq!(select("12", "", true), "other");
        assert_eq!(select("103", "", true), "few");
    }
}
