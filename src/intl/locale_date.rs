//! `Intl.DateTimeFormat`'s layout for the locales of `locale.rs`: the option set picks one of
//! the CLDR patterns node's ICU chose for it (`locale_data.rs`), and the pattern's letters are
//! filled from the time value's fields with the locale's names; a date and a time are joined
//! by the locale's dateTimeFormat glue, chosen as ICU does by the month's and weekday's width.

use super::date::{Fields, Options, Parts};
use super::locale::Locale;

use super::locale::position;

/// The index of the date pattern for the date fields of `o` (narrow widths take the short
/// pattern, their names are narrowed when the pattern is filled).
fn date_key(o: &Options) -> Option<usize> {
    let w = position(&["", "long", "short"], &o.weekday);
    let y = position(&["", "numeric", "2-digit"], &o.year);
    let m = position(&["", "numeric", "2-digit", "long", "short"], &o.month);
    let d = position(&["", "numeric", "2-digit"], &o.day);
    let key = ((w * 3 + y) * 5 + m) * 3 + d;
    (key > 0).then_some(key)
}

/// The index of the time pattern for the time fields of `o`, by their widths as asked (ICU's
/// skeleton `Hmm` and `Hm` can pick different patterns).
fn time_key(o: &Options) -> Option<usize> {
    let widths = ["", "numeric", "2-digit"];
    let h = position(&widths, &o.asked[0]);
    let m = position(&widths, &o.asked[1]);
    let mut s = position(&widths, &o.asked[2]);
    if s == 0 && o.fractional > 0 && m > 0 {
        s = 2;
    }
    let key = (h * 3 + m) * 3 + s;
    (key > 0).then(|| cycle_group(o) * 27 + key)
}

/// The patterns' hour-cycle family: h11 and h12 share the 12-hour patterns; h23 and h24
/// (ICU's `k`) have their own.
fn cycle_group(o: &Options) -> usize {
    match o.hour_cycle.as_str() {
        "h23" => 1,
        "h24" => 2,
        _ => 0,
    }
}

/// The style index of `full`, `long`, `medium`, `short`.
fn style_index(style: &str) -> usize {
    position(&["full", "long", "medium", "short"], style)
}

struct Builder {
    parts: Parts,
}

impl Builder {
    fn push(&mut self, kind: &'static str, text: String) {
        self.parts.push((kind, text));
    }
    fn literal(&mut self, text: &str) {
        if text.is_empty() {
            return;
        }
        match self.parts.last_mut() {
            Some(("literal", last)) => last.push_str(text),
            _ => self.parts.push(("literal", text.to_string())),
        }
    }
    fn extend(&mut self, parts: Parts) {
        for (kind, text) in parts {
            if kind == "literal" {
                self.literal(&text);
            } else {
                self.push(kind, text);
            }
        }
    }
}

fn padded(value: u32, len: usize) -> String {
    if len >= 2 {
        format!("{value:02}")
    } else {
        value.to_string()
    }
}

/// One run of a pattern letter as a part.
fn field(letter: char, len: usize, f: &Fields, o: &Options, l: &Locale) -> (&'static str, String) {
    // A narrow width asked for takes the short pattern with narrow names.
    let narrow_month = o.month == "narrow";
    let narrow_weekday = o.weekday == "narrow";
    match letter {
        'y' => {
            let year = if f.year <= 0 { 1 - f.year } else { f.year };
            let text = if len == 2 {
                format!("{:02}", year % 100)
            } else {
                year.to_string()
            };
            ("year", text)
        }
        'M' | 'L' if len <= 2 => ("month", padded(f.month, len)),
        'M' | 'L' => {
            let width = match len {
                4 => 0,
                3 if !narrow_month => 1,
                _ => 2,
            };
            let table = width + if letter == 'L' { 3 } else { 0 };
            ("month", l.month(table, f.month).to_string())
        }
        'd' => ("day", padded(f.day, len)),
        'E' | 'c' => {
            let width = match len {
                4 => 0,
                5 => 2,
                _ if narrow_weekday => 2,
                _ => 1,
            };
            let table = width + if letter == 'c' { 3 } else { 0 };
            ("weekday", l.weekday(table, f.weekday).to_string())
        }
        // The 12-hour patterns serve h11 too: its hours run from 0.
        'h' | 'K' => {
            let h = match o.hour_cycle.as_str() {
                "h11" => f.hour % 12,
                _ if f.hour.is_multiple_of(12) => 12,
                _ => f.hour % 12,
            };
            ("hour", padded(h, len))
        }
        'H' => ("hour", padded(f.hour, len)),
        'k' if f.hour == 0 => ("hour", padded(24, len)),
        'k' => ("hour", padded(f.hour, len)),
        'm' => ("minute", padded(f.minute, len)),
        's' => ("second", padded(f.second, len)),
        'a' => ("dayPeriod", l.name(usize::from(f.hour >= 12)).to_string()),
        'z' if len >= 4 => ("timeZoneName", l.name(2).to_string()),
        'z' => ("timeZoneName", "UTC".to_string()),
        _ => ("literal", String::new()),
    }
}

/// A CLDR pattern filled in: letters are fields, quoted text and other characters literals.
fn render(pattern: &str, f: &Fields, o: &Options, l: &Locale) -> Parts {
    let mut b = Builder { parts: Vec::new() };
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\'' {
            if chars.get(i + 1) == Some(&'\'') {
                b.literal("'");
                i += 2;
                continue;
            }
            let end = chars[i + 1..]
                .iter()
                .position(|&x| x == '\'')
                .map_or(chars.len(), |p| i + 1 + p);
            b.literal(&chars[i + 1..end].iter().collect::<String>());
            i = end + 1;
            continue;
        }
        if !c.is_ascii_alphabetic() {
            let mut text = [0u8; 4];
            b.literal(c.encode_utf8(&mut text));
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let (kind, text) = field(c, j - i, f, o, l);
        if kind == "literal" {
            b.literal(&text);
        } else {
            b.push(kind, text);
        }
        if c == 's' && o.fractional > 0 {
            // ICU writes fractional seconds after the locale's decimal separator.
            b.literal(l.numbers().decimal);
            let ms = format!("{:03}", f.millisecond);
            b.push(
                "fractionalSecond",
                ms[..o.fractional.min(3) as usize].to_string(),
            );
        }
        i = j;
    }
    b.parts
}

/// A date and a time joined by a dateTimeFormat glue ("{1} um {0}").
fn join(date: Parts, time: Parts, glue: &str) -> Parts {
    if date.is_empty() || time.is_empty() {
        let mut b = Builder { parts: date };
        b.extend(time);
        return b.parts;
    }
    let mut b = Builder { parts: Vec::new() };
    let mut date = Some(date);
    let mut time = Some(time);
    let mut rest = glue;
    while !rest.is_empty() {
        if let Some(tail) = rest.strip_prefix("{1}") {
            b.extend(date.take().unwrap_or_default());
            rest = tail;
        } else if let Some(tail) = rest.strip_prefix("{0}") {
            b.extend(time.take().unwrap_or_default());
            rest = tail;
        } else {
            let next = rest[1..].find('{').map_or(rest.len(), |p| p + 1);
            b.literal(&rest[..next]);
            rest = &rest[next..];
        }
    }
    b.parts
}

/// Whether the resolved time pattern shows the hour with two digits (`resolvedOptions`).
pub fn hour_padded(o: &Options, l: &Locale) -> bool {
    let pattern = if o.time_style.is_empty() {
        time_key(o).map_or("", |k| l.time_pattern(k))
    } else {
        l.style_pattern(4 + cycle_group(o) * 4 + style_index(&o.time_style))
    };
    ["HH", "hh", "kk", "KK"].iter().any(|p| pattern.contains(p))
}

/// Format the time value `t` (valid, checked by the caller) in locale `l`.
pub fn format(t: f64, o: &Options, l: &Locale) -> Parts {
    let f = Fields::of(t);
    if !o.date_style.is_empty() || !o.time_style.is_empty() {
        let date = if o.date_style.is_empty() {
            Vec::new()
        } else {
            render(l.style_pattern(style_index(&o.date_style)), &f, o, l)
        };
        let time = if o.time_style.is_empty() {
            Vec::new()
        } else {
            let i = 4 + cycle_group(o) * 4 + style_index(&o.time_style);
            render(l.style_pattern(i), &f, o, l)
        };
        return join(date, time, l.glue(style_index(&o.date_style)));
    }
    let date = date_key(o).map_or_else(Vec::new, |k| render(l.date_pattern(k), &f, o, l));
    let mut time = time_key(o).map_or_else(Vec::new, |k| render(l.time_pattern(k), &f, o, l));
    if !o.time_zone_name.is_empty() {
        let name = if o.time_zone_name == "long" {
            l.name(2)
        } else {
            "UTC"
        };
        let zone = vec![("timeZoneName", name.to_string())];
        // The locale's glue puts the zone's name before or after the time.
        time = if time.is_empty() {
            zone
        } else {
            join(zone, time, l.glue(8))
        };
    }
    // ICU's dateTimeFormat by the date's width: full with a long month and a weekday, long
    // with a long month, medium with a short one, short otherwise.
    let glue = match (o.weekday.is_empty(), o.month.as_str()) {
        (false, "long") => 0,
        (true, "long") => 1,
        (_, "short" | "narrow") => 2,
        _ => 3,
    };
    join(date, time, l.glue(4 + glue))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(hour_cycle: &str) -> Options {
        let mut o = super::super::date::blank(hour_cycle);
        o.locale = "de".into();
        o
    }

    fn time(o: &mut Options, hour: &str, minute: &str) {
        o.hour = hour.into();
        o.minute = minute.into();
        o.asked = [hour.into(), minute.into(), String::new()];
    }

    fn text(t: f64, o: &Options) -> String {
        let l = Locale::find(&o.locale).expect("locale");
        format(t, o, &l).into_iter().map(|p| p.1).collect()
    }

    #[test]
    fn german_dates() {
        let t = 1_725_509_229_000.0; // 2024-09-05T04:07:09Z, a Thursday
        let mut o = options("h23");
        o.weekday = "long".into();
        o.year = "numeric".into();
        o.month = "long".into();
        o.day = "numeric".into();
        assert_eq!(text(t, &o), "Donnerstag, 5. September 2024");
        time(&mut o, "2-digit", "2-digit");
        assert_eq!(text(t, &o), "Donnerstag, 5. September 2024 um 04:07");
        let mut s = options("h23");
        s.date_style = "medium".into();
        s.time_style = "short".into();
        assert_eq!(text(t, &s), "05.09.2024, 04:07");
    }
}
