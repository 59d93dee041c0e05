//! The locales looplab has data for besides en-US (`locale_data.rs`, generated from node's
//! ICU): finding one by its data tag and reading its lists, where an entry a region leaves
//! out is its language's (`de-AT` stores only what differs from `de`).

use super::locale_data::{CURRENCIES, Data, LOCALES};

/// The largest power of ten compact notation has patterns for.
pub const COMPACT_MAX: i32 = 18;

/// A locale's data, with its parent's for the entries it inherits.
#[derive(Clone, Copy)]
pub struct Locale {
    data: &'static Data,
    parent: Option<&'static Data>,
}

/// The number symbols and patterns of a locale.
pub struct Numbers {
    pub decimal: &'static str,
    pub group: &'static str,
    pub minus: &'static str,
    pub plus: &'static str,
    /// Indian grouping: 3 digits, then 2 by 2 (12,34,567).
    pub indian: bool,
    /// CLDR's minimumGroupingDigits: 2 leaves 1234 ungrouped.
    pub min_grouping: usize,
    pub percent_sign: &'static str,
    pub percent: [&'static str; 2],
    pub currency: [&'static str; 2],
    /// `currencySign: 'accounting'`'s pattern for a negative amount ("(¤#)" in en-GB).
    pub accounting: &'static str,
}

impl Locale {
    /// The data of `tag` (a tag `native.locales()` lists), if any.
    pub fn find(tag: &str) -> Option<Locale> {
        let data = LOCALES.iter().find(|d| d.tag == tag)?;
        let parent = LOCALES.iter().find(|d| d.tag == data.parent);
        Some(Locale { data, parent })
    }

    /// The tags with data.
    pub fn tags() -> impl Iterator<Item = &'static str> {
        LOCALES.iter().map(|d| d.tag)
    }

    /// Entry `i` of a field, the parent's where this locale inherits it ("" past the end).
    fn entry(&self, field: fn(&Data) -> &'static str, i: usize) -> &'static str {
        let own = field(self.data);
        let inherited = || {
            self.parent
                .map_or("", |p| field(p).split('|').nth(i).unwrap_or(""))
        };
        if own.is_empty() {
            return inherited();
        }
        match own.split('|').nth(i) {
            Some("\0") => inherited(),
            Some(text) => text,
            None => "",
        }
    }

    pub fn hour_cycle(&self) -> &'static str {
        self.data.hour_cycle
    }

    pub fn numbers(&self) -> Numbers {
        let n = |i| self.entry(|d| d.numbers, i);
        Numbers {
            decimal: n(0),
            group: n(1),
            minus: n(2),
            plus: n(3),
            indian: n(4) == "2",
            min_grouping: if n(5) == "2" { 2 } else { 1 },
            percent_sign: n(6),
            percent: [n(7), n(8)],
            currency: [n(9), n(10)],
            accounting: n(12),
        }
    }

    /// The locale's symbol for a currency, if it lists one.
    pub fn currency_symbol(&self, code: &str) -> Option<&'static str> {
        let i = CURRENCIES.iter().position(|c| *c == code)?;
        self.entry(|d| d.numbers, 11).split(' ').nth(i)
    }

    /// A month's name: `table` 0-2 format long/short/narrow, 3-5 stand-alone.
    pub fn month(&self, table: usize, month: u32) -> &'static str {
        self.entry(|d| d.months, table * 12 + month as usize - 1)
    }

    /// A weekday's name (0 is Sunday): `table` 0-2 format long/short/narrow, 3-5 stand-alone.
    pub fn weekday(&self, table: usize, weekday: u32) -> &'static str {
        self.entry(|d| d.weekdays, table * 7 + weekday as usize)
    }

    /// AM (0), PM (1), the long name of UTC (2).
    pub fn name(&self, i: usize) -> &'static str {
        self.entry(|d| d.names, i)
    }

    pub fn date_pattern(&self, i: usize) -> &'static str {
        self.entry(|d| d.dates, i)
    }

    pub fn time_pattern(&self, i: usize) -> &'static str {
        self.entry(|d| d.times, i)
    }

    pub fn style_pattern(&self, i: usize) -> &'static str {
        self.entry(|d| d.styles, i)
    }

    pub fn glue(&self, i: usize) -> &'static str {
        self.entry(|d| d.glues, i)
    }

    /// ListFormat's separators: between two items, start, middle, end.
    pub fn list_separators(&self, kind: &str, style: &str) -> [&'static str; 4] {
        let k = position(&["conjunction", "disjunction", "unit"], kind);
        let s = position(&["long", "short", "narrow"], style);
        let base = (k * 3 + s) * 4;
        [0, 1, 2, 3].map(|i| self.entry(|d| d.lists, base + i))
    }

    /// The relative-time pattern ("in {0} Tagen") of a unit, style, direction and category.
    pub fn relative_pattern(
        &self,
        unit: &str,
        style: &str,
        past: bool,
        category: &str,
    ) -> &'static str {
        let c = position(&["one", "few", "many", "other"], category);
        let pattern = self.entry(
            |d| d.relatives,
            relative_base(unit, style) + usize::from(past) * 4 + c,
        );
        if pattern.is_empty() {
            self.entry(
                |d| d.relatives,
                relative_base(unit, style) + usize::from(past) * 4 + 3,
            )
        } else {
            pattern
        }
    }

    /// Compact notation's pattern for 10^`k` (3 to [`COMPACT_MAX`]) in a plural category
    /// ("00 Mio.").
    pub fn compact_pattern(&self, long: bool, k: i32, category: &str) -> &'static str {
        let span = (COMPACT_MAX - 2) as usize;
        let base = (usize::from(long) * span + (k.clamp(3, COMPACT_MAX) - 3) as usize) * 4;
        let c = position(&["one", "few", "many", "other"], category);
        let pattern = self.entry(|d| d.compacts, base + c);
        if pattern.is_empty() {
            self.entry(|d| d.compacts, base + 3)
        } else {
            pattern
        }
    }

    /// The word numeric: 'auto' uses for -2 to 2 of a unit, if the language has one.
    pub fn relative_word(&self, unit: &str, style: &str, value: i32) -> Option<&'static str> {
        if !(-2..=2).contains(&value) {
            return None;
        }
        let word = self.entry(
            |d| d.relatives,
            relative_base(unit, style) + 8 + (value + 2) as usize,
        );
        (!word.is_empty()).then_some(word)
    }
}

/// Where a unit's and style's relative-time entries start (13 entries each).
fn relative_base(unit: &str, style: &str) -> usize {
    let units = [
        "year", "quarter", "month", "week", "day", "hour", "minute", "second",
    ];
    let u = position(&units, unit);
    let s = position(&["long", "short", "narrow"], style);
    (u * 3 + s) * 13
}

/// The index of `value` in `values` (the last for an unknown value).
pub fn position(values: &[&str], value: &str) -> usize {
    values
        .iter()
        .position(|v| *v == value)
        .unwrap_or(values.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_inherit_their_language() {
        let at = Locale::find("de-AT").expect("de-AT");
        assert_eq!(at.month(0, 1), "Jänner");
        assert_eq!(at.month(0, 3), "März");
        assert_eq!(at.numbers().decimal, ",");
        assert_eq!(at.numbers().group, "\u{a0}");
        assert_eq!(at.glue(0), "{1} um {0}");
        assert!(Locale::find("xx").is_none());
    }
}
