//! `Intl.ListFormat`: en's CLDR list patterns (start, middle, end, and the pattern for two)
//! for conjunctions, disjunctions and units in each width; other locales' from `locale.rs`.

pub type Parts = Vec<(&'static str, String)>;

/// The separators: between two items, in the middle of a longer list, before the last item.
fn separators(kind: &str, style: &str) -> (&'static str, &'static str, &'static str) {
    match (kind, style) {
        ("conjunction", "short") => (" & ", ", ", ", & "),
        ("conjunction", "narrow") => (", ", ", ", ", "),
        ("conjunction", _) => (" and ", ", ", ", and "),
        ("disjunction", _) => (" or ", ", ", ", or "),
        ("unit", "narrow") => (" ", " ", " "),
        _ => (", ", ", ", ", "),
    }
}

/// The parts of a list in a data locale (`""` is en-US): its elements and the literals
/// between them.
pub fn format(items: &[String], kind: &str, style: &str, locale: &str) -> Parts {
    let [two, start, middle, end] = match super::locale::Locale::find(locale) {
        Some(l) => l.list_separators(kind, style),
        None => {
            let (two, middle, end) = separators(kind, style);
            [two, middle, middle, end]
        }
    };
    let mut parts = Parts::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            let separator = if items.len() == 2 {
                two
            } else if i == items.len() - 1 {
                end
            } else if i == 1 {
                start
            } else {
                middle
            };
            parts.push(("literal", separator.to_string()));
        }
        parts.push(("element", item.clone()));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(items: &[&str], kind: &str, style: &str) -> String {
        let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        format(&items, kind, style, "")
            .into_iter()
            .map(|p| p.1)
            .collect()
    }

    #[test]
    fn english_lists() {
        assert_eq!(text(&["A", "B", "C"], "conjunction", "long"), "A, B, and C");
        assert_eq!(text(&["A", "B"], "conjunction", "short"), "A & B");
        assert_eq!(
            text(&["A", "B", "C"], "disjunction", "narrow"),
            "A, B, or C"
        );
        assert_eq!(text(&["A", "B", "C"], "unit", "narrow"), "A B C");
        let items: Vec<String> = ["A", "B", "C"].iter().map(|s| s.to_string()).collect();
        let german: String = format(&items, "conjunction", "long", "de")
            .into_iter()
            .map(|p| p.1)
            .collect();
        assert_eq!(german, "A, B und C");
    }
}
