//! `Intl.Collator` and `String.prototype.localeCompare` for en-US: a subset of the Unicode
//! Collation Algorithm over CLDR's root order (`collate_data.rs`). Strings compare by their
//! primary weights (letters without case or accent), then secondary (accents), then tertiary
//! (case, lowercase first), as far as `sensitivity` asks; `numeric` reads a run of digits as
//! one number; `ignorePunctuation` drops whitespace and punctuation; `caseFirst: 'upper'`
//! puts capitals first. A language's tailoring (Swedish `å ä ö` after `z`, Polish `ą` after
//! `a`, Spanish `ñ` after `n`) gives letters primaries of their own between the root's: every
//! root primary is spread by [`SPREAD`] to leave room for them.

use std::cmp::Ordering;

use super::collate_data::{EXPANSIONS, FIRST_DIGIT, FIRST_SYMBOL, WEIGHTS};

pub struct Options {
    /// The language whose tailoring applies (`""` for the root order).
    pub language: String,
    pub sensitivity: String,
    pub numeric: bool,
    pub ignore_punctuation: bool,
    pub upper_first: bool,
}

/// One collation element: primary, secondary, tertiary, and the case bit for `'case'`.
#[derive(Clone, Copy)]
struct Element {
    primary: u32,
    secondary: u32,
    tertiary: u32,
    upper: bool,
}

fn weights(c: char) -> Option<(u32, u32, u32)> {
    let code = u32::from(c);
    if code > 0xffff {
        return None;
    }
    WEIGHTS
        .binary_search_by_key(&(code as u16), |row| row.0)
        .ok()
        .map(|i| {
            let row = WEIGHTS[i];
            (u32::from(row.1), u32::from(row.2), u32::from(row.3))
        })
}

fn tertiary(c: char, t: u32, o: &Options) -> u32 {
    if o.upper_first && c.is_alphabetic() {
        if c.is_uppercase() { 0 } else { 1 + t }
    } else {
        t
    }
}

/// How far apart root primaries are, so a tailoring can put letters between them.
const SPREAD: u32 = 8;

/// CLDR's tailorings (lowercase letter, the root letter it follows, its place after it, its
/// secondary weight): sv `&[before 1]ǀ<å<ä<<æ<<ę<ö<<ø` and `&Y<<ü`, pl `&A<ą &C<ć ...`, es
/// `&N<ñ`.
fn tailoring(language: &str) -> &'static [(char, char, u32, u32)] {
    match language {
        "sv" => &[
            ('å', 'z', 1, 0),
            ('ä', 'z', 2, 0),
            ('æ', 'z', 2, 1),
            ('ę', 'z', 2, 2),
            ('ö', 'z', 3, 0),
            ('ø', 'z', 3, 1),
            ('œ', 'z', 3, 2),
            ('ü', 'y', 0, 1),
        ],
        "pl" => &[
            ('ą', 'a', 1, 0),
            ('ć', 'c', 1, 0),
            ('ę', 'e', 1, 0),
            ('ł', 'l', 1, 0),
            ('ń', 'n', 1, 0),
            ('ó', 'o', 1, 0),
            ('ś', 's', 1, 0),
            ('ź', 'z', 1, 0),
            ('ż', 'z', 2, 0),
        ],
        "es" => &[('ñ', 'n', 1, 0)],
        _ => &[],
    }
}

fn push_char(out: &mut Vec<Element>, c: char, o: &Options) {
    let upper = c.is_uppercase();
    let lower = c.to_lowercase().next().unwrap_or(c);
    let tailored = tailoring(&o.language).iter().find(|t| t.0 == lower);
    if let Some(&(_, base, place, secondary)) = tailored
        && let (Some((p, _, _)), Some((_, _, t))) = (weights(base), weights(c))
    {
        out.push(Element {
            primary: p * SPREAD + place,
            secondary,
            tertiary: tertiary(c, t, o),
            upper,
        });
        return;
    }
    if let Some(&(_, letters)) = EXPANSIONS.iter().find(|e| u32::from(e.0) == u32::from(c)) {
        // Æ, ß, Œ, Ĳ sort as their two letters, after them at the secondary level.
        for (i, l) in letters.chars().enumerate() {
            if let Some((p, _, t)) = weights(l) {
                let s = if i == 0 { 1 } else { 0 };
                let t = tertiary(l, t, o);
                out.push(Element {
                    primary: p * SPREAD,
                    secondary: s,
                    tertiary: t,
                    upper,
                });
            }
        }
        return;
    }
    match weights(c) {
        Some((0, _, _)) => {}
        Some((p, s, t)) => {
            if o.ignore_punctuation && p < u32::from(FIRST_SYMBOL) {
                return;
            }
            out.push(Element {
                primary: p * SPREAD,
                secondary: s,
                tertiary: tertiary(c, t, o),
                upper,
            });
        }
        None => {
            if c.is_control() {
                return;
            }
            out.push(Element {
                primary: (0x1_0000 + u32::from(c)) * SPREAD,
                secondary: 0,
                tertiary: 0,
                upper,
            });
        }
    }
}

fn elements(text: &[char], o: &Options) -> Vec<Element> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if o.numeric && c.is_ascii_digit() {
            // A run of digits is one number: its digit count, then its digits (no leading
            // zeros), all in the digits' place among the primaries.
            let start = i;
            while i < text.len() && text[i].is_ascii_digit() {
                i += 1;
            }
            let run: Vec<char> = text[start..i]
                .iter()
                .copied()
                .skip_while(|&d| d == '0')
                .collect();
            let marker = |primary: u32| Element {
                primary: primary * SPREAD,
                secondary: 0,
                tertiary: 0,
                upper: false,
            };
            out.push(marker(u32::from(FIRST_DIGIT)));
            out.push(marker(run.len() as u32));
            out.extend(run.iter().map(|&d| marker(u32::from(d))));
            continue;
        }
        push_char(&mut out, c, o);
        i += 1;
    }
    out
}

fn level(a: &[Element], b: &[Element], key: impl Fn(&Element) -> u32) -> Ordering {
    a.iter().map(&key).cmp(b.iter().map(&key))
}

/// Compare two strings (as UTF-16 decoded to chars).
pub fn compare(a: &[char], b: &[char], o: &Options) -> Ordering {
    let x = elements(a, o);
    let y = elements(b, o);
    let primary = level(&x, &y, |e| e.primary);
    if primary != Ordering::Equal {
        return primary;
    }
    match o.sensitivity.as_str() {
        "base" => Ordering::Equal,
        "accent" => level(&x, &y, |e| e.secondary),
        "case" => level(&x, &y, |e| u32::from(e.upper != o.upper_first)),
        _ => level(&x, &y, |e| e.secondary).then_with(|| level(&x, &y, |e| e.tertiary)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intl::collate_data::FIRST_LETTER;

    fn cmp(a: &str, b: &str, sensitivity: &str, numeric: bool) -> Ordering {
        let o = Options {
            language: String::new(),
            sensitivity: sensitivity.into(),
            numeric,
            ignore_punctuation: false,
            upper_first: false,
        };
        compare(
            &a.chars().collect::<Vec<_>>(),
            &b.chars().collect::<Vec<_>>(),
            &o,
        )
    }

    #[test]
    fn root_order() {
        assert_eq!(cmp("a", "B", "variant", false), Ordering::Less);
        assert_eq!(cmp("a", "A", "variant", false), Ordering::Less);
        assert_eq!(cmp("a", "á", "base", false), Ordering::Equal);
        assert_eq!(cmp("résumé", "resume", "variant", false), Ordering::Greater);
        assert_eq!(cmp("a2", "a10", "variant", true), Ordering::Less);
        assert_eq!(cmp("a2", "a10", "variant", false), Ordering::Greater);
        assert_eq!(cmp("_y", "9", "variant", false), Ordering::Less);
        assert!(weights('a').unwrap().0 >= u32::from(FIRST_LETTER));
    }

    #[test]
    fn swedish_letters_follow_z() {
        let o = Options {
            language: "sv".into(),
            sensitivity: "variant".into(),
            numeric: false,
            ignore_punctuation: false,
            upper_first: false,
        };
        let chars = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(compare(&chars("ä"), &chars("z"), &o), Ordering::Greater);
        assert_eq!(compare(&chars("å"), &chars("ä"), &o), Ordering::Less);
        assert_eq!(compare(&chars("Ö"), &chars("ä"), &o), Ordering::Greater);
    }
}
