//! `Intl.DateTimeFormat`'s layout for en-US in UTC: the fields of a time value (proleptic
//! Gregorian, as ECMAScript's date math), and the patterns ICU picks for en from CLDR's
//! `dateFormats`, `timeFormats`, `availableFormats` and the date-time glue (" at " after a
//! long month, ", " otherwise). The result is a list of parts, as `formatToParts` gives.

/// The resolved options (absent fields are empty strings).
pub struct Options {
    pub weekday: String,
    pub era: String,
    pub year: String,
    pub month: String,
    pub day: String,
    pub day_period: String,
    pub hour: String,
    pub minute: String,
    pub second: String,
    pub fractional: u32,
    pub time_zone_name: String,
    pub hour_cycle: String,
    pub date_style: String,
    pub time_style: String,
    /// The data locale (`locale.rs`); empty for en-US.
    pub locale: String,
    /// The hour, minute and second widths as asked, before `resolvedOptions`' adjustments
    /// (a data locale's pattern depends on them).
    pub asked: [String; 3],
}

pub type Parts = Vec<(&'static str, String)>;

/// The calendar fields of a time value in UTC.
pub struct Fields {
    pub year: i64,
    pub month: u32,
    pub day: u32,
    pub weekday: u32,
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub millisecond: u32,
}

impl Fields {
    /// The fields of `t` milliseconds since the epoch (a valid time value).
    pub fn of(t: f64) -> Fields {
        let t = t as i64;
        let days = t.div_euclid(86_400_000);
        let in_day = t.rem_euclid(86_400_000) as u32;
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Fields {
            year,
            month,
            day,
            weekday: (days + 4).rem_euclid(7) as u32,
            hour: in_day / 3_600_000,
            minute: in_day / 60_000 % 60,
            second: in_day / 1000 % 60,
            millisecond: in_day % 1000,
        }
    }
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const WEEKDAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

fn width(text: &str, style: &str) -> String {
    match style {
        "long" => text.to_string(),
        "narrow" => text[..1].to_string(),
        _ => text[..3].to_string(),
    }
}

fn number(value: u32, style: &str) -> String {
    if style == "2-digit" {
        format!("{:02}", value % 100)
    } else {
        value.to_string()
    }
}

/// The year of the era (1 BC is year 0), as `y` shows it.
fn era_year(year: i64) -> i64 {
    if year <= 0 { 1 - year } else { year }
}

fn year_text(year: i64, style: &str) -> String {
    let y = era_year(year);
    if style == "2-digit" {
        format!("{:02}", y % 100)
    } else {
        y.to_string()
    }
}

/// How the date part joins the time part: CLDR's `atTime` glue after a long month.
#[derive(PartialEq)]
enum Glue {
    At,
    Comma,
    Space,
}

struct Builder {
    parts: Parts,
}

impl Builder {
    fn push(&mut self, kind: &'static str, text: String) {
        self.parts.push((kind, text));
    }
    fn literal(&mut self, text: &str) {
        match self.parts.last_mut() {
            Some(("literal", last)) => last.push_str(text),
            _ => self.parts.push(("literal", text.to_string())),
        }
    }
}

fn date_part(b: &mut Builder, f: &Fields, o: &Options) -> Option<Glue> {
    let (w, y, m, d) = (&o.weekday, &o.year, &o.month, &o.day);
    if w.is_empty() && y.is_empty() && m.is_empty() && d.is_empty() && o.era.is_empty() {
        return None;
    }
    let weekday = || width(WEEKDAYS[f.weekday as usize], w);
    let month_text = matches!(m.as_str(), "long" | "short" | "narrow");
    let month = || {
        if month_text {
            width(MONTHS[f.month as usize - 1], m)
        } else {
            number(f.month, m)
        }
    };
    let mut glue = Glue::Comma;
    if !m.is_empty() && !d.is_empty() {
        if !w.is_empty() {
            b.push("weekday", weekday());
            b.literal(", ");
        }
        b.push("month", month());
        b.literal(if month_text { " " } else { "/" });
        b.push("day", number(f.day, d));
        if !y.is_empty() {
            b.literal(if month_text { ", " } else { "/" });
            b.push("year", year_text(f.year, y));
        }
        if m == "long" {
            glue = Glue::At;
        }
    } else if !m.is_empty() {
        b.push("month", month());
        if !y.is_empty() {
            b.literal(if month_text { " " } else { "/" });
            b.push("year", year_text(f.year, y));
        }
        if !w.is_empty() {
            b.literal(" ");
            b.push("weekday", weekday());
        }
        if m == "long" {
            glue = Glue::At;
        }
    } else if !y.is_empty() {
        b.push("year", year_text(f.year, y));
        if !d.is_empty() {
            b.literal(" (day: ");
            b.push("day", number(f.day, d));
            b.literal(")");
        }
        if !w.is_empty() {
            b.literal(" ");
            b.push("weekday", weekday());
        }
    } else if !d.is_empty() {
        b.push("day", number(f.day, d));
        if !w.is_empty() {
            b.literal(" ");
            b.push("weekday", weekday());
        }
    } else if !w.is_empty() {
        b.push("weekday", weekday());
        glue = Glue::Space;
    }
    if !o.era.is_empty() {
        let bc = f.year <= 0;
        let name = match (o.era.as_str(), bc) {
            ("long", false) => "Anno Domini",
            ("long", true) => "Before Christ",
            ("narrow", false) => "A",
            ("narrow", true) => "B",
            (_, false) => "AD",
            (_, true) => "BC",
        };
        if !b.parts.is_empty() {
            b.literal(" ");
        }
        b.push("era", name.to_string());
    }
    Some(glue)
}

/// en's flexible day periods (`dayPeriod`), as CLDR's dayPeriods rules give them.
fn flexible_period(f: &Fields, minutes_shown: bool, style: &str) -> &'static str {
    match f.hour {
        12 if f.minute == 0 || !minutes_shown => {
            if style == "narrow" {
                "n"
            } else {
                "noon"
            }
        }
        0..=11 => "in the morning",
        12..=17 => "in the afternoon",
        18..=20 => "in the evening",
        _ => "at night",
    }
}

/// The time part; whether it has anything but a time zone name.
fn time_part(b: &mut Builder, f: &Fields, o: &Options) -> bool {
    let twelve = matches!(o.hour_cycle.as_str(), "h11" | "h12" | "");
    let has_hour = !o.hour.is_empty();
    let has_minute = !o.minute.is_empty();
    let has_second = !o.second.is_empty() || (o.fractional > 0 && has_minute);
    let start = b.parts.len();
    if has_hour {
        let h = match o.hour_cycle.as_str() {
            "h11" => f.hour % 12,
            "h23" => f.hour,
            "h24" if f.hour == 0 => 24,
            "h24" => f.hour,
            _ if f.hour.is_multiple_of(12) => 12,
            _ => f.hour % 12,
        };
        let padded = o.hour == "2-digit" || !twelve;
        b.push(
            "hour",
            if padded {
                format!("{h:02}")
            } else {
                h.to_string()
            },
        );
    }
    if has_minute {
        if has_hour {
            b.literal(":");
        }
        let padded = has_hour || has_second;
        b.push(
            "minute",
            if padded {
                format!("{:02}", f.minute)
            } else {
                f.minute.to_string()
            },
        );
    }
    if has_second {
        if has_minute {
            b.literal(":");
            b.push("second", format!("{:02}", f.second));
        } else if has_hour {
            // ICU appends a field the pattern has no place for.
        } else {
            b.push("second", number(f.second, &o.second));
        }
        if o.fractional > 0 {
            b.literal(".");
            let ms = format!("{:03}", f.millisecond);
            b.push(
                "fractionalSecond",
                ms[..o.fractional.min(3) as usize].to_string(),
            );
        }
    }
    if has_hour && twelve {
        let period = if o.day_period.is_empty() {
            (if f.hour < 12 { "AM" } else { "PM" }).to_string()
        } else {
            flexible_period(f, has_minute, &o.day_period).to_string()
        };
        // ICU's en patterns put U+202F before AM/PM (intl.js turns it into a space for format()).
        b.literal(if o.day_period.is_empty() {
            "\u{202f}"
        } else {
            " "
        });
        b.push("dayPeriod", period);
    } else if !has_hour && !o.day_period.is_empty() {
        b.push(
            "dayPeriod",
            flexible_period(f, false, &o.day_period).to_string(),
        );
    }
    if has_hour && has_second && !has_minute {
        b.literal(" (second: ");
        b.push("second", number(f.second, &o.second));
        b.literal(")");
    }
    b.parts.len() > start
}

fn zone_name(style: &str) -> &'static str {
    match style {
        "long" => "Coordinated Universal Time",
        "shortOffset" | "shortGeneric" => "GMT+0",
        "longOffset" | "longGeneric" => "GMT+00:00",
        _ => "UTC",
    }
}

fn styled(f: &Fields, o: &Options) -> Parts {
    let mut date = Builder { parts: Vec::new() };
    if !o.date_style.is_empty() {
        let mut d = blank(&o.hour_cycle);
        match o.date_style.as_str() {
            "full" => {
                d.weekday = "long".into();
                d.month = "long".into();
            }
            "long" => d.month = "long".into(),
            "medium" => d.month = "short".into(),
            _ => d.month = "numeric".into(),
        }
        d.day = "numeric".into();
        d.year = if o.date_style == "short" {
            "2-digit"
        } else {
            "numeric"
        }
        .into();
        date_part(&mut date, f, &d);
    }
    let mut time = Builder { parts: Vec::new() };
    if !o.time_style.is_empty() {
        let mut t = blank(&o.hour_cycle);
        t.hour = "numeric".into();
        t.minute = "2-digit".into();
        if o.time_style != "short" {
            t.second = "2-digit".into();
        }
        time_part(&mut time, f, &t);
        match o.time_style.as_str() {
            "full" => {
                time.literal(" ");
                time.push("timeZoneName", zone_name("long").into());
            }
            "long" => {
                time.literal(" ");
                time.push("timeZoneName", zone_name("short").into());
            }
            _ => {}
        }
    }
    let glue = if matches!(o.date_style.as_str(), "full" | "long") {
        " at "
    } else {
        ", "
    };
    join(date, time, glue)
}

fn join(date: Builder, time: Builder, glue: &str) -> Parts {
    let mut out = Builder { parts: date.parts };
    if !out.parts.is_empty() && !time.parts.is_empty() {
        out.literal(glue);
    }
    for (kind, text) in time.parts {
        if kind == "literal" {
            out.literal(&text);
        } else {
            out.push(kind, text);
        }
    }
    out.parts
}

pub(crate) fn blank(hour_cycle: &str) -> Options {
    Options {
        weekday: String::new(),
        era: String::new(),
        year: String::new(),
        month: String::new(),
        day: String::new(),
        day_period: String::new(),
        hour: String::new(),
        minute: String::new(),
        second: String::new(),
        fractional: 0,
        time_zone_name: String::new(),
        hour_cycle: hour_cycle.to_string(),
        date_style: String::new(),
        time_style: String::new(),
        locale: String::new(),
        asked: Default::default(),
    }
}

/// Format the time value `t` (valid, checked by the caller).
pub fn format(t: f64, o: &Options) -> Parts {
    if let Some(locale) = super::locale::Locale::find(&o.locale) {
        return super::locale_date::format(t, o, &locale);
    }
    let f = Fields::of(t);
    if !o.date_style.is_empty() || !o.time_style.is_empty() {
        return styled(&f, o);
    }
    let mut date = Builder { parts: Vec::new() };
    let glue = date_part(&mut date, &f, o);
    let mut time = Builder { parts: Vec::new() };
    let has_time = time_part(&mut time, &f, o);
    if !o.time_zone_name.is_empty() {
        if has_time {
            time.literal(" ");
        }
        time.push("timeZoneName", zone_name(&o.time_zone_name).into());
    }
    let glue = match glue {
        Some(Glue::At) => " at ",
        Some(Glue::Space) if has_time => " ",
        _ => ", ",
    };
    join(date, time, glue)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_of_time_values() {
        let f = Fields::of(0.0);
        assert_eq!((f.year, f.month, f.day, f.weekday), (1970, 1, 1, 4));
        let f = Fields::of(1_709_647_629_045.0);
        assert_eq!(
            (f.year, f.month, f.day, f.hour, f.minute),
            (2024, 3, 5, 14, 7)
        );
        let f = Fields::of(-1e14);
        assert_eq!((f.year, f.month, f.day), (-1199, 2, 15));
    }

    #[test]
    fn default_and_styles() {
        let mut o = blank("h12");
        o.year = "numeric".into();
        o.month = "numeric".into();
        o.day = "numeric".into();
        let text = |o: &Options| -> String { format(0.0, o).into_iter().map(|p| p.1).collect() };
        assert_eq!(text(&o), "1/1/1970");
        o.hour = "numeric".into();
        o.minute = "2-digit".into();
        o.second = "2-digit".into();
        assert_eq!(text(&o), "1/1/1970, 12:00:00\u{202f}AM");
        let mut s = blank("h12");
        s.date_style = "full".into();
        s.time_style = "short".into();
        assert_eq!(text(&s), "Thursday, January 1, 1970 at 12:00\u{202f}AM");
    }
}
