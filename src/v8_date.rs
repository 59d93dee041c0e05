//! V8's `Date` where Boa's differs: the legacy string parser, and the zone name in `toString`.
//!
//! Boa parses only the ISO format, so `new Date('March 7, 2024')` or `Date.parse('1/2/2024')`
//! are invalid there, while V8 (`src/date/dateparser*`) first reads as much of an ES5 ISO string
//! as it can and then goes on with a legacy parser compatible with Safari: words before the
//! first number ignored, month names by their first three letters, `am`/`pm`, zone names and
//! `GMT+hhmm` offsets, parenthesized comments, and numbers sorted into a day (month/day/year in
//! an order the month name and the values decide) and a time. [`parse`] follows those rules; the
//! `Date` constructor and `Date.parse` are wrapped to use it for strings.
//!
//! looplab's machine is in UTC, so a string without an offset is read as UTC and
//! `Date.prototype.toString` ends with V8's ` (Coordinated Universal Time)`, which Boa leaves out.

use boa_engine::object::builtins::{JsDate, JsFunction};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::property::Attribute;
use boa_engine::value::PreferredType;
use boa_engine::{Context, JsResult, JsString, JsValue, NativeFunction, js_string};

/// What V8 appends to `toString` and `toTimeString` for the UTC zone (ICU's long name).
const ZONE_NAME: &str = " (Coordinated Universal Time)";

/// The largest time value a `Date` holds (ECMA-262's TimeClip bound), in ms.
const MAX_TIME_MS: f64 = 8.64e15;

/// V8 keeps at most this many digits of a number's value; the rest only count in its length.
const MAX_SIGNIFICANT_DIGITS: usize = 9;

// ---------------------------------------------------------------------------------------------
// Tokens (V8's DateStringTokenizer)

#[derive(Clone, Copy, Debug, PartialEq)]
enum Keyword {
    /// A word that is none of the others: ignored before the first number, fatal after it.
    Garbage,
    Month(i32),
    /// A zone name, with its offset in hours.
    Zone(i32),
    /// The `T` between an ISO date and its time.
    TimeSeparator,
    /// `am` (0) or `pm` (12).
    AmPm(i32),
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Number {
        value: i32,
        length: usize,
    },
    Symbol(char),
    Word {
        keyword: Keyword,
        length: usize,
    },
    WhiteSpace,
    /// A parenthesized comment or any other character.
    Unknown,
    End,
}

impl Token {
    fn is_number(&self) -> bool {
        matches!(self, Token::Number { .. })
    }
    fn is_number_of_length(&self, wanted: usize) -> bool {
        matches!(self, Token::Number { length, .. } if *length == wanted)
    }
    fn number(&self) -> i32 {
        match self {
            Token::Number { value, .. } => *value,
            _ => 0,
        }
    }
    fn is_sign(&self) -> bool {
        matches!(self, Token::Symbol('+' | '-'))
    }
    fn sign(&self) -> i32 {
        if matches!(self, Token::Symbol('-')) {
            -1
        } else {
            1
        }
    }
    /// `Z` alone (not `UTC` or `GMT`), which may end an ISO time.
    fn is_z(&self) -> bool {
        matches!(
            self,
            Token::Word {
                keyword: Keyword::Zone(0),
                length: 1
            }
        )
    }
}

/// The keyword a word stands for: its first three letters, lower-cased, against V8's table;
/// only month names may be longer than their three letters (`September`, but not `UTCX`).
fn keyword(prefix: &[char], length: usize) -> Keyword {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let word: String = prefix.iter().collect();
    if let Some(index) = MONTHS.iter().position(|m| *m == word) {
        return Keyword::Month(index as i32 + 1);
    }
    if length > 3 {
        return Keyword::Garbage;
    }
    match word.as_str() {
        "am" => Keyword::AmPm(0),
        "pm" => Keyword::AmPm(12),
        "ut" | "utc" | "z" | "gmt" => Keyword::Zone(0),
        "cdt" => Keyword::Zone(-5),
        "cst" => Keyword::Zone(-6),
        "edt" => Keyword::Zone(-4),
        "est" => Keyword::Zone(-5),
        "mdt" => Keyword::Zone(-6),
        "mst" => Keyword::Zone(-7),
        "pdt" => Keyword::Zone(-7),
        "pst" => Keyword::Zone(-8),
        "t" => Keyword::TimeSeparator,
        _ => Keyword::Garbage,
    }
}

struct Scanner {
    chars: Vec<char>,
    position: usize,
    next: Token,
}

impl Scanner {
    fn new(text: &str) -> Self {
        // V8's reader stops at a NUL character as at the end of the string.
        let chars: Vec<char> = text.chars().take_while(|&c| c != '\0').collect();
        let mut scanner = Scanner {
            chars,
            position: 0,
            next: Token::End,
        };
        scanner.next = scanner.scan();
        scanner
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn next(&mut self) -> Token {
        let token = self.next;
        self.next = self.scan();
        token
    }

    fn skip_symbol(&mut self, symbol: char) -> bool {
        if self.next == Token::Symbol(symbol) {
            self.next = self.scan();
            true
        } else {
            false
        }
    }

    fn current(&self) -> Option<char> {
        self.chars.get(self.position).copied()
    }

    fn scan(&mut self) -> Token {
        let Some(c) = self.current() else {
            return Token::End;
        };
        if c.is_ascii_digit() {
            let mut value: i32 = 0;
            let mut length = 0;
            while let Some(d) = self
                .current()
                .and_then(|c| c.to_digit(10).filter(|_| c.is_ascii()))
            {
                if length < MAX_SIGNIFICANT_DIGITS {
                    value = value * 10 + d as i32;
                }
                length += 1;
                self.position += 1;
            }
            return Token::Number { value, length };
        }
        if matches!(c, ':' | '-' | '+' | '.' | ')') {
            self.position += 1;
            return Token::Symbol(c);
        }
        // A "word" is any run of characters from 'A' up, letters or not (V8's rule).
        if c >= 'A' {
            let mut prefix = Vec::with_capacity(3);
            let mut length = 0;
            while let Some(c) = self.current().filter(|&c| c >= 'A') {
                if length < 3 {
                    prefix.push(if c.is_ascii_alphabetic() {
                        c.to_ascii_lowercase()
                    } else {
                        c
                    });
                }
                length += 1;
                self.position += 1;
            }
            return Token::Word {
                keyword: keyword(&prefix, length),
                length,
            };
        }
        if is_js_white_space(c) {
            self.position += 1;
            return Token::WhiteSpace;
        }
        if c == '(' {
            let mut balance = 0;
            while let Some(c) = self.current() {
                match c {
                    '(' => balance += 1,
                    ')' => balance -= 1,
                    _ => {}
                }
                self.position += 1;
                if balance <= 0 {
                    break;
                }
            }
            return Token::Unknown;
        }
        self.position += 1;
        Token::Unknown
    }
}

/// ECMAScript's WhiteSpace and LineTerminator below 'A' (the ones above are read as words, as
/// in V8).
fn is_js_white_space(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\u{b}' | '\u{c}' | '\r' | ' ')
}

// ---------------------------------------------------------------------------------------------
// Composers (V8's DayComposer, TimeComposer, TimeZoneComposer)

#[derive(Default)]
struct Day {
    parts: Vec<i32>,
    named_month: Option<i32>,
    iso: bool,
}

fn is_month(n: i32) -> bool {
    (1..=12).contains(&n)
}
fn is_day(n: i32) -> bool {
    (1..=31).contains(&n)
}
fn is_hour(n: i32) -> bool {
    (0..=23).contains(&n)
}
fn is_minute(n: i32) -> bool {
    (0..=59).contains(&n)
}

impl Day {
    fn add(&mut self, n: i32) -> bool {
        if self.parts.len() < 3 {
            self.parts.push(n);
            true
        } else {
            false
        }
    }

    /// Year, month (1-based) and day, in the order the parts and a named month imply.
    fn write(&self) -> Option<(i32, i32, i32)> {
        if self.parts.is_empty() {
            return None;
        }
        // Missing parts are 1, so `March 7` is March 7 of year 1, read below as 2001.
        let mut p = self.parts.clone();
        p.resize(3, 1);
        let (mut year, month, day) = match self.named_month {
            None if self.iso || !is_day(p[0]) => (p[0], p[1], p[2]),
            None => (p[2], p[0], p[1]),
            Some(month) if !is_day(p[0]) => (p[0], month, p[1]),
            Some(month) => (p[1], month, p[0]),
        };
        if !self.iso {
            if (0..=49).contains(&year) {
                year += 2000;
            } else if (50..=99).contains(&year) {
                year += 1900;
            }
        }
        (is_month(month) && is_day(day)).then_some((year, month, day))
    }
}

#[derive(Default)]
struct Time {
    parts: Vec<i32>,
    hour_offset: Option<i32>,
}

impl Time {
    fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }
    fn is_expecting(&self, n: i32) -> bool {
        match self.parts.len() {
            1 | 2 => is_minute(n),
            3 => (0..=999).contains(&n),
            _ => false,
        }
    }
    fn add(&mut self, n: i32) -> bool {
        if self.parts.len() < 4 {
            self.parts.push(n);
            true
        } else {
            false
        }
    }
    fn add_final(&mut self, n: i32) -> bool {
        if !self.add(n) {
            return false;
        }
        self.parts.resize(4, 0);
        true
    }

    fn write(&self) -> Option<[i32; 4]> {
        let mut parts = self.parts.clone();
        parts.resize(4, 0);
        let [mut hour, minute, second, ms] = [parts[0], parts[1], parts[2], parts[3]];
        if let Some(offset) = self.hour_offset {
            if !(0..=12).contains(&hour) {
                return None;
            }
            hour = hour % 12 + offset;
        }
        let valid =
            is_hour(hour) && is_minute(minute) && is_minute(second) && (0..=999).contains(&ms);
        // 24:00:00.000 is the end of the day.
        (valid || (hour == 24 && minute == 0 && second == 0 && ms == 0))
            .then_some([hour, minute, second, ms])
    }
}

#[derive(Default)]
struct Zone {
    sign: Option<i32>,
    hour: Option<i32>,
    minute: Option<i32>,
}

impl Zone {
    fn set_hours(&mut self, hours: i32) {
        self.sign = Some(if hours < 0 { -1 } else { 1 });
        self.hour = Some(hours.abs());
        self.minute = Some(0);
    }
    fn is_expecting(&self, n: i32) -> bool {
        self.hour.is_some() && self.minute.is_none() && is_minute(n)
    }
    fn is_utc(&self) -> bool {
        self.hour == Some(0) && self.minute == Some(0)
    }
    fn is_empty(&self) -> bool {
        self.hour.is_none()
    }
    /// The offset in seconds, `None` when the string gave no zone (then it is local time).
    fn write(&self) -> Option<i64> {
        let sign = self.sign?;
        let seconds =
            i64::from(self.hour.unwrap_or(0)) * 3600 + i64::from(self.minute.unwrap_or(0)) * 60;
        Some(i64::from(sign) * seconds)
    }
}

/// The first three significant digits of a fraction of a second, from its value and length.
fn milliseconds(token: Token) -> i32 {
    let Token::Number { value, length } = token else {
        return 0;
    };
    match length {
        1 => value * 100,
        2 => value * 10,
        3 => value,
        _ => value / 10_i32.pow(length.min(MAX_SIGNIFICANT_DIGITS) as u32 - 3),
    }
}

/// What the ES5 pass leaves: the next token for the legacy parser, or a verdict.
enum Iso {
    Done,
    Invalid,
    Continue(Token),
}

/// The ES5 ISO format, `[+-yy]yyyy[-MM[-DD]][THH:mm[:ss[.sss]][Z|+-hh:mm]]`, read as far as
/// it goes (V8's ParseES5DateTime).
fn parse_iso(scanner: &mut Scanner, day: &mut Day, time: &mut Time, zone: &mut Zone) -> Iso {
    if scanner.peek().is_sign() {
        let sign_token = scanner.next();
        if !scanner.peek().is_number_of_length(6) {
            return Iso::Continue(sign_token);
        }
        let year = scanner.next().number();
        if sign_token.sign() < 0 && year == 0 {
            return Iso::Continue(sign_token);
        }
        day.add(sign_token.sign() * year);
    } else if scanner.peek().is_number_of_length(4) {
        day.add(scanner.next().number());
    } else {
        return Iso::Continue(scanner.next());
    }
    if scanner.skip_symbol('-') {
        if !scanner.peek().is_number_of_length(2) || !is_month(scanner.peek().number()) {
            return Iso::Continue(scanner.next());
        }
        day.add(scanner.next().number());
        if scanner.skip_symbol('-') {
            if !scanner.peek().is_number_of_length(2) || !is_day(scanner.peek().number()) {
                return Iso::Continue(scanner.next());
            }
            day.add(scanner.next().number());
        }
    }
    let separator = matches!(
        scanner.peek(),
        Token::Word {
            keyword: Keyword::TimeSeparator,
            ..
        }
    );
    if !separator {
        if scanner.peek() != Token::End {
            return Iso::Continue(scanner.next());
        }
    } else {
        scanner.next();
        if !scanner.peek().is_number_of_length(2) || !(0..=24).contains(&scanner.peek().number()) {
            return Iso::Invalid;
        }
        let hour_is_24 = scanner.peek().number() == 24;
        time.add(scanner.next().number());
        if !scanner.skip_symbol(':') {
            return Iso::Invalid;
        }
        let zero_after_24 = |t: Token| !hour_is_24 || t.number() == 0;
        let minute = scanner.peek();
        if !minute.is_number_of_length(2) || !is_minute(minute.number()) || !zero_after_24(minute) {
            return Iso::Invalid;
        }
        time.add(scanner.next().number());
        if scanner.skip_symbol(':') {
            let second = scanner.peek();
            if !second.is_number_of_length(2)
                || !is_minute(second.number())
                || !zero_after_24(second)
            {
                return Iso::Invalid;
            }
            time.add(scanner.next().number());
            if scanner.skip_symbol('.') {
                let fraction = scanner.peek();
                if !fraction.is_number() || !zero_after_24(fraction) {
                    return Iso::Invalid;
                }
                time.add(milliseconds(scanner.next()));
            }
        }
        if scanner.peek().is_z() {
            scanner.next();
            zone.set_hours(0);
        } else if scanner.peek().is_sign() {
            zone.sign = Some(scanner.next().sign());
            if scanner.peek().is_number_of_length(4) {
                // The hhmm extension.
                let both = scanner.next().number();
                let (hour, minute) = (both / 100, both % 100);
                if !is_hour(hour) || !is_minute(minute) {
                    return Iso::Invalid;
                }
                zone.hour = Some(hour);
                zone.minute = Some(minute);
            } else {
                if !scanner.peek().is_number_of_length(2) || !is_hour(scanner.peek().number()) {
                    return Iso::Invalid;
                }
                zone.hour = Some(scanner.next().number());
                if !scanner.skip_symbol(':') {
                    return Iso::Invalid;
                }
                if !scanner.peek().is_number_of_length(2) || !is_minute(scanner.peek().number()) {
                    return Iso::Invalid;
                }
                zone.minute = Some(scanner.next().number());
            }
        }
        if scanner.peek() != Token::End {
            return Iso::Invalid;
        }
    }
    // A date-only form is UTC; a date-time form without an offset is local time.
    if zone.is_empty() && time.is_empty() {
        zone.set_hours(0);
    }
    day.iso = true;
    Iso::Done
}

/// The fields a string gives: year, month (1-based), day, hour, minute, second, ms, and the
/// zone's offset in seconds if it names one.
type Fields = ((i32, i32, i32), [i32; 4], Option<i64>);

/// V8's `DateParser::Parse`: the ISO format, then the legacy rules for what is left.
fn parse_fields(text: &str) -> Option<Fields> {
    let mut scanner = Scanner::new(text);
    let mut day = Day::default();
    let mut time = Time::default();
    let mut zone = Zone::default();
    let first = match parse_iso(&mut scanner, &mut day, &mut time, &mut zone) {
        Iso::Invalid => return None,
        Iso::Done => Token::End,
        Iso::Continue(token) => token,
    };
    let mut has_read_number = !day.parts.is_empty();
    let mut token = first;
    while token != Token::End {
        match token {
            Token::Number { value: n, .. } => {
                has_read_number = true;
                if scanner.skip_symbol(':') {
                    if scanner.skip_symbol(':') {
                        // `n::` is an hour with zero minutes.
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if scanner.peek() == Token::Symbol('.') {
                            scanner.next();
                        }
                    }
                } else if scanner.skip_symbol('.') && time.is_expecting(n) {
                    // V8 drops the `.` even when it is not a time's (`2024.01.15`).
                    time.add(n);
                    if !scanner.peek().is_number() {
                        return None;
                    }
                    let ms = milliseconds(scanner.next());
                    if ms < 0 {
                        return None;
                    }
                    time.add_final(ms);
                } else if zone.is_expecting(n) {
                    zone.minute = Some(n);
                } else if time.is_expecting(n) {
                    time.add_final(n);
                    // A finished time must be followed by the end, a space, `Z` or a sign.
                    let peek = scanner.peek();
                    if !matches!(peek, Token::End | Token::WhiteSpace)
                        && !peek.is_z()
                        && !peek.is_sign()
                    {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    scanner.skip_symbol('-');
                }
            }
            Token::Word { keyword, .. } => match keyword {
                Keyword::AmPm(offset) if !time.is_empty() => time.hour_offset = Some(offset),
                Keyword::Month(month) => {
                    day.named_month = Some(month);
                    scanner.skip_symbol('-');
                }
                Keyword::Zone(hours) if has_read_number => zone.set_hours(hours),
                _ => {
                    // Words are allowed only before the first number, and not run into it.
                    if has_read_number || scanner.peek().is_number() {
                        return None;
                    }
                }
            },
            Token::Symbol('+' | '-') if zone.is_utc() || !time.is_empty() => {
                // An offset, after a zone name or a time: `GMT+1`, `+0100`, `-05:00`.
                zone.sign = Some(token.sign());
                let (mut n, mut length) = (0, 0);
                if let Token::Number { value, length: l } = scanner.peek() {
                    scanner.next();
                    n = value;
                    length = l;
                }
                has_read_number = true;
                if scanner.peek() == Token::Symbol(':') {
                    zone.hour = Some(n);
                    zone.minute = None;
                } else if length == 1 || length == 2 {
                    zone.hour = Some(n);
                    zone.minute = Some(0);
                } else if length == 3 || length == 4 {
                    zone.hour = Some(n / 100);
                    zone.minute = Some(n % 100);
                } else {
                    return None;
                }
            }
            Token::Symbol('+' | '-' | ')') if has_read_number => return None,
            _ => {}
        }
        token = scanner.next();
    }
    Some((day.write()?, time.write()?, zone.write()))
}

/// Days from 1970-01-01 to the first of `month` (0-based, any integer) of `year`.
fn days_from_civil(year: i64, month: i64) -> i64 {
    let year = year + month.div_euclid(12);
    let month = month.rem_euclid(12) + 1;
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The time value (ms since the epoch, UTC) V8 gives a date string, NaN when it cannot read it.
pub fn parse(text: &str) -> f64 {
    let Some(((year, month, day), [hour, minute, second, ms], offset)) = parse_fields(text) else {
        return f64::NAN;
    };
    let days = days_from_civil(i64::from(year), i64::from(month) - 1) + i64::from(day) - 1;
    let time = ((i64::from(hour) * 60 + i64::from(minute)) * 60 + i64::from(second)) * 1000
        + i64::from(ms);
    // Days and years in range are small enough that this is exact in f64.
    let mut date = days as f64 * 86_400_000.0 + time as f64;
    match offset {
        // Local time, which is UTC here; V8 lets it go ten days past the limit before TimeClip.
        None if date.abs() > MAX_TIME_MS + 864_000_000.0 => return f64::NAN,
        None => {}
        Some(seconds) => date -= seconds as f64 * 1000.0,
    }
    if date.abs() > MAX_TIME_MS {
        return f64::NAN;
    }
    date.trunc() + 0.0
}

// ---------------------------------------------------------------------------------------------
// The wrapped built-ins

/// `Date.parse(string)`.
fn date_parse(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let text = args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(context)?;
    Ok(JsValue::from(parse(&text.to_std_string_escaped())))
}

/// `Date(...)` and `new Date(...)`: a single argument that is (or converts to) a string goes
/// through V8's parser; everything else is Boa's. A native constructor gets `new.target` as its
/// `this`, a plain call its receiver.
fn date_constructor(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let Some(new_target) = this.as_object().filter(JsObject::is_constructor) else {
        let text = original.call(this, args, context)?;
        return with_zone_name(text, context);
    };
    if let [value] = args {
        let is_date = value
            .as_object()
            .is_some_and(|o| JsDate::from_object(o.clone()).is_ok());
        if !is_date {
            let primitive = value.to_primitive(context, PreferredType::Default)?;
            if let Some(text) = primitive.as_string() {
                let time = parse(&text.to_std_string_escaped());
                return Ok(original
                    .construct(&[JsValue::from(time)], Some(&new_target), context)?
                    .into());
            }
            return Ok(original
                .construct(&[primitive], Some(&new_target), context)?
                .into());
        }
    }
    Ok(original.construct(args, Some(&new_target), context)?.into())
}

/// `date.toString()` and `date.toTimeString()` with the zone's name, as V8 prints them.
fn to_string_with_zone(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let text = original.call(this, args, context)?;
    with_zone_name(text, context)
}

fn with_zone_name(text: JsValue, context: &mut Context) -> JsResult<JsValue> {
    let text = text.to_string(context)?.to_std_string_escaped();
    if text == "Invalid Date" {
        return Ok(JsValue::from(JsString::from(text.as_str())));
    }
    Ok(JsValue::from(JsString::from(
        format!("{text}{ZONE_NAME}").as_str(),
    )))
}

/// Replace `Date`, `Date.parse`, `Date.prototype.toString` and `toTimeString`.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    let Some(original) = global
        .get(js_string!("Date"), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let prototype = original.get(js_string!("prototype"), context)?;
    for name in ["toString", "toTimeString"] {
        if let Some(prototype) = prototype.as_object() {
            crate::bindings::wrap_method(&prototype, name, to_string_with_zone, |f| f, context)?;
        }
    }
    let wrapper = FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(date_constructor, original.clone()),
    )
    .name(js_string!("Date"))
    .length(7)
    .constructor(true)
    .build();
    let wrapper = JsObject::from(wrapper);
    crate::bindings::adopt_prototype(&wrapper, &prototype, context)?;
    for name in ["now", "UTC"] {
        let key = JsString::from(name);
        let method = original.get(key.clone(), context)?;
        crate::bindings::define_hidden(&wrapper, key, method, context)?;
    }
    crate::bindings::define_method(&wrapper, js_string!("parse"), 1, date_parse, context)?;
    context.register_global_property(
        js_string!("Date"),
        wrapper,
        Attribute::WRITABLE | Attribute::CONFIGURABLE,
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn iso(ms: f64) -> String {
        if ms.is_nan() {
            return "NaN".into();
        }
        let days = (ms / 86_400_000.0).floor() as i64;
        let rest = ms as i64 - days * 86_400_000;
        // Inverse of days_from_civil, enough to read the tests.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + i64::from(m <= 2);
        format!(
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}",
            rest / 3_600_000,
            rest / 60_000 % 60,
            rest / 1000 % 60,
            rest % 1000
        )
    }

    #[test]
    fn legacy_forms_read_as_v8_reads_them() {
        // Each expected value is what node 20 prints for `new Date(s).toISOString()`.
        let cases = [
            ("March 7, 2024", "2024-03-07T00:00:00.000"),
            ("December 17, 1995 03:24:00", "1995-12-17T03:24:00.000"),
            (
                "Tue Mar 05 2024 10:00:00 GMT+0100",
                "2024-03-05T09:00:00.000",
            ),
            ("01/15/2024", "2024-01-15T00:00:00.000"),
            ("2024/01/15", "2024-01-15T00:00:00.000"),
            ("1/2/3", "2003-01-02T00:00:00.000"),
            ("March 7", "2001-03-07T00:00:00.000"),
            ("12/25/2024 11:59 PM", "2024-12-25T23:59:00.000"),
            ("1776 July 4", "1776-07-04T00:00:00.000"),
            ("2024-06-15 12:00:00 PST", "2024-06-15T20:00:00.000"),
            ("June 15, 2024 (a comment) 10:00", "2024-06-15T10:00:00.000"),
            ("1970-01-01T00:00:00.123456Z", "1970-01-01T00:00:00.123"),
            ("2024-01-01T24:00:00Z", "2024-01-02T00:00:00.000"),
            ("2024-02-30", "2024-03-01T00:00:00.000"),
        ];
        for (text, expected) in cases {
            assert_eq!(iso(parse(text)), expected, "{text}");
        }
    }

    #[test]
    fn garbage_is_nan_where_v8_rejects_it() {
        for text in [
            "abc",
            "",
            "2024-13-01",
            "T10:00",
            "10:30",
            "Jan 1 2020 +02:30",
            "Jan 1 2020 13:00 pm",
            "2024-01-01T25:00",
        ] {
            assert!(parse(text).is_nan(), "{text}");
        }
    }
}
