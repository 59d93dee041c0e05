//! `Intl.RelativeTimeFormat` for en: CLDR's relative-time patterns per unit and width ("in {0}
//! days", "{0} mo. ago", "in {0}h") and, with `numeric: 'auto'`, the words for -1, 0 and 1
//! ("yesterday", "this hour", "now").

/// The unit's name for one and for other in a width, without the number.
fn names(unit: &str, style: &str) -> (&'static str, &'static str) {
    match (unit, style) {
        ("year", "long") => (" year", " years"),
        ("year", "short") => (" yr.", " yr."),
        ("year", _) => ("y", "y"),
        ("quarter", "long") => (" quarter", " quarters"),
        ("quarter", "short") => (" qtr.", " qtrs."),
        ("quarter", _) => ("q", "q"),
        ("month", "long") => (" month", " months"),
        ("month", "short") => (" mo.", " mo."),
        ("month", _) => ("mo", "mo"),
        ("week", "long") => (" week", " weeks"),
        ("week", "short") => (" wk.", " wk."),
        ("week", _) => ("w", "w"),
        ("day", "narrow") => ("d", "d"),
        ("day", _) => (" day", " days"),
        ("hour", "long") => (" hour", " hours"),
        ("hour", "short") => (" hr.", " hr."),
        ("hour", _) => ("h", "h"),
        ("minute", "long") => (" minute", " minutes"),
        ("minute", "short") => (" min.", " min."),
        ("minute", _) => ("m", "m"),
        ("second", "long") => (" second", " seconds"),
        ("second", "short") => (" sec.", " sec."),
        _ => ("s", "s"),
    }
}

/// The prefix and suffix around the number: "in {0} days" or "{0} days ago".
pub fn affixes(unit: &str, style: &str, past: bool, one: bool) -> (String, String) {
    let (singular, plural) = names(unit, style);
    let name = if one { singular } else { plural };
    if past {
        (String::new(), format!("{name} ago"))
    } else {
        ("in ".to_string(), name.to_string())
    }
}

/// The word `numeric: 'auto'` uses for -1, 0 or 1 of a unit, if it has one.
pub fn word(unit: &str, style: &str, value: i32) -> Option<&'static str> {
    let long = style == "long";
    Some(match (unit, value) {
        ("day", -1) => "yesterday",
        ("day", 0) => "today",
        ("day", 1) => "tomorrow",
        ("second", 0) => "now",
        ("hour", 0) => "this hour",
        ("minute", 0) => "this minute",
        ("year", -1) if long => "last year",
        ("year", 0) if long => "this year",
        ("year", 1) if long => "next year",
        ("year", -1) => "last yr.",
        ("year", 0) => "this yr.",
        ("year", 1) => "next yr.",
        ("quarter", -1) if long => "last quarter",
        ("quarter", 0) if long => "this quarter",
        ("quarter", 1) if long => "next quarter",
        ("quarter", -1) => "last qtr.",
        ("quarter", 0) => "this qtr.",
        ("quarter", 1) => "next qtr.",
        ("month", -1) if long => "last month",
        ("month", 0) if long => "this month",
        ("month", 1) if long => "next month",
        ("month", -1) => "last mo.",
        ("month", 0) => "this mo.",
        ("month", 1) => "next mo.",
        ("week", -1) if long => "last week",
        ("week", 0) if long => "this week",
        ("week", 1) if long => "next week",
        ("week", -1) => "last wk.",
        ("week", 0) => "this wk.",
        ("week", 1) => "next wk.",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_relative_times() {
        assert_eq!(
            affixes("day", "long", true, false),
            ("".into(), " days ago".into())
        );
        assert_eq!(
            affixes("hour", "narrow", false, true),
            ("in ".into(), "h".into())
        );
        assert_eq!(word("day", "narrow", -1), Some("yesterday"));
        assert_eq!(word("hour", "long", 1), None);
    }
}
