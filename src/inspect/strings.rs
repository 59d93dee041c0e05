//! JS strings (UTF-16, possibly with lone surrogates), Node's quoting and
//! escaping (`strEscape`), key printing rules and display width.
//!
//! Input strings are kept as UTF-16 code units so lengths, truncation
//! (`maxStringLength`) and escapes (`'\ud800'`) match Node exactly. Output is a
//! Rust `String`: a lone surrogate that reaches the output unescaped (verbatim
//! `util.format` text, custom-inspect strings) becomes U+FFFD, which is exactly
//! what Node writes to stdout for it. Such a U+FFFD still counts one unit.

use std::fmt;

/// A JS string value: UTF-16 code units.
#[derive(Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct JsText(Vec<u16>);

impl JsText {
    pub fn from_utf16(units: Vec<u16>) -> Self {
        JsText(units)
    }

    pub fn units(&self) -> &[u16] {
        &self.0
    }

    /// Length in UTF-16 code units (JS `.length`).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Lossy conversion (lone surrogates become U+FFFD).
    pub fn to_string_lossy(&self) -> String {
        String::from_utf16_lossy(&self.0)
    }

    pub fn contains_unit(&self, u: u16) -> bool {
        self.0.contains(&u)
    }
}

impl From<&str> for JsText {
    fn from(s: &str) -> Self {
        JsText(s.encode_utf16().collect())
    }
}

impl From<String> for JsText {
    fn from(s: String) -> Self {
        JsText::from(s.as_str())
    }
}

impl fmt::Debug for JsText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.to_string_lossy())
    }
}

/// JS `.length` of an output string.
pub fn js_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// Node: `meta` table entry for a code unit below 0xA0, if it is escaped.
fn meta(unit: u16) -> Option<&'static str> {
    const LOW: [&str; 32] = [
        "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07", "\\b", "\\t",
        "\\n", "\\x0B", "\\f", "\\r", "\\x0E", "\\x0F", "\\x10", "\\x11", "\\x12", "\\x13",
        "\\x14", "\\x15", "\\x16", "\\x17", "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D",
        "\\x1E", "\\x1F",
    ];
    const HIGH: [&str; 33] = [
        "\\x7F", "\\x80", "\\x81", "\\x82", "\\x83", "\\x84", "\\x85", "\\x86", "\\x87", "\\x88",
        "\\x89", "\\x8A", "\\x8B", "\\x8C", "\\x8D", "\\x8E", "\\x8F", "\\x90", "\\x91", "\\x92",
        "\\x93", "\\x94", "\\x95", "\\x96", "\\x97", "\\x98", "\\x99", "\\x9A", "\\x9B", "\\x9C",
        "\\x9D", "\\x9E", "\\x9F",
    ];
    match unit {
        0..=31 => Some(LOW[unit as usize]),
        39 => Some("\\'"),
        92 => Some("\\\\"),
        0x7f..=0x9f => Some(HIGH[(unit - 0x7f) as usize]),
        _ => None,
    }
}

/// Appends `units` to `out`, escaping as Node's `strEscapeSequencesReplacer` +
/// `escapeFn` do: control characters, C1 controls, the backslash, lone
/// surrogates (`\ud800`), and the single quote when `escape_single` is set.
pub fn push_escaped(out: &mut String, units: &[u16], escape_single: bool) {
    let mut i = 0;
    while i < units.len() {
        let u = units[i];
        if (0xd800..=0xdfff).contains(&u) {
            if u <= 0xdbff && i + 1 < units.len() && (0xdc00..=0xdfff).contains(&units[i + 1]) {
                let c = 0x10000 + (((u as u32) - 0xd800) << 10) + ((units[i + 1] as u32) - 0xdc00);
                out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                i += 2;
                continue;
            }
            // Node: lone surrogates are written as `\u` + lowercase hex.
            out.push_str(&format!("\\u{:x}", u));
            i += 1;
            continue;
        }
        if u == 39 && !escape_single {
            out.push('\'');
        } else if let Some(m) = meta(u) {
            out.push_str(m);
        } else {
            out.push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
        }
        i += 1;
    }
}

/// Node: `strEscape` — quote a string with single quotes, or with double
/// quotes when it contains `'` but no `"`, or with backticks when it contains
/// both but no backtick nor `${`; escaping as needed.
pub fn str_escape(units: &[u16]) -> String {
    let has = |c: u16| units.contains(&c);
    let mut quote = '\'';
    if has(b'\'' as u16) {
        if !has(b'"' as u16) {
            quote = '"';
        } else if !has(b'`' as u16) && !units.windows(2).any(|w| w == [b'$' as u16, b'{' as u16]) {
            quote = '`';
        }
    }
    let mut out = String::with_capacity(units.len() + 2);
    out.push(quote);
    push_escaped(&mut out, units, quote == '\'');
    out.push(quote);
    out
}

/// Escaping without quotes, single quote escaped (used for symbol and
/// non-enumerable keys): Node `strEscapeSequencesReplacer` + `escapeFn`.
pub fn escape_unquoted(units: &[u16]) -> String {
    let mut out = String::with_capacity(units.len());
    push_escaped(&mut out, units, true);
    out
}

/// Node: `keyStrRegExp` = `/^[a-zA-Z_][a-zA-Z_0-9]*$/`.
pub fn is_identifier_key(units: &[u16]) -> bool {
    let is_start = |u: u16| u == b'_' as u16 || (u < 128 && (u as u8).is_ascii_alphabetic());
    let is_rest = |u: u16| is_start(u) || (u < 128 && (u as u8).is_ascii_digit());
    match units.split_first() {
        Some((&first, rest)) => is_start(first) && rest.iter().all(|&u| is_rest(u)),
        None => false,
    }
}

/// `Symbol(desc).toString()`.
pub fn symbol_to_string(desc: &Option<JsText>) -> Vec<u16> {
    let mut v: Vec<u16> = "Symbol(".encode_utf16().collect();
    if let Some(d) = desc {
        v.extend_from_slice(d.units());
    }
    v.push(b')' as u16);
    v
}

/// Node: `removeColors` (`/\u001b\[\d\d?m/g`).
pub fn remove_colors(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if b[i] == 0x1b && b.get(i + 1) == Some(&b'[') {
            let d1 = b.get(i + 2).is_some_and(u8::is_ascii_digit);
            if d1 {
                let mut j = i + 3;
                if b.get(j).is_some_and(u8::is_ascii_digit) {
                    j += 1;
                }
                if b.get(j) == Some(&b'm') {
                    out.push_str(&s[last..i]);
                    i = j + 1;
                    last = i;
                    continue;
                }
            }
        }
        i += 1;
    }
    out.push_str(&s[last..]);
    out
}

/// Removes ANSI CSI sequences (`ESC [ params final`) — an approximation of
/// Node's `stripVTControlCharacters` sufficient for its own colors.
pub fn strip_vt(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    let mut last = 0;
    while i < b.len() {
        if (b[i] == 0x1b) && b.get(i + 1) == Some(&b'[') {
            let mut j = i + 2;
            while j < b.len() && (b[j].is_ascii_digit() || b[j] == b';') {
                j += 1;
            }
            if j < b.len() && b[j].is_ascii_alphabetic() {
                out.push_str(&s[last..i]);
                i = j + 1;
                last = i;
                continue;
            }
        }
        i += 1;
    }
    out.push_str(&s[last..]);
    out
}

/// Node: `getStringWidth(str, removeControlChars)`. Node uses ICU east-asian
/// width; this follows Node's non-ICU fallback (`isFullWidthCodePoint` /
/// `isZeroWidthCodePoint`), which agrees for ASCII, CJK and common emoji.
pub fn string_width(s: &str, remove_control: bool) -> usize {
    let stripped;
    let s = if remove_control {
        stripped = strip_vt(s);
        stripped.as_str()
    } else {
        s
    };
    let mut width = 0;
    for c in s.chars() {
        let code = c as u32;
        if is_full_width(code) {
            width += 2;
        } else if !is_zero_width(code) {
            width += 1;
        }
    }
    width
}

fn is_zero_width(code: u32) -> bool {
    code <= 0x1f
        || (0x7f..=0x9f).contains(&code)
        || (0x300..=0x36f).contains(&code)
        || (0x200b..=0x200f).contains(&code)
        || (0x20d0..=0x20ff).contains(&code)
        || (0xfe00..=0xfe0f).contains(&code)
        || (0xfe20..=0xfe2f).contains(&code)
        || (0xe0100..=0xe01ef).contains(&code)
}

fn is_full_width(code: u32) -> bool {
    code >= 0x1100
        && (code <= 0x115f
            || code == 0x2329
            || code == 0x232a
            || ((0x2e80..=0x3247).contains(&code) && code != 0x303f)
            || (0x3250..=0x4dbf).contains(&code)
            || (0x4e00..=0xa4c6).contains(&code)
            || (0xa960..=0xa97c).contains(&code)
            || (0xac00..=0xd7a3).contains(&code)
            || (0xf900..=0xfaff).contains(&code)
            || (0xfe10..=0xfe19).contains(&code)
            || (0xfe30..=0xfe6b).contains(&code)
            || (0xff01..=0xff60).contains(&code)
            || (0xffe0..=0xffe6).contains(&code)
            || (0x1b000..=0x1b001).contains(&code)
            || (0x1f200..=0x1f251).contains(&code)
            || (0x1f300..=0x1f64f).contains(&code)
            || (0x20000..=0x3fffd).contains(&code))
}

/// JS `String.prototype.padStart(len)` with spaces (len in UTF-16 units).
pub fn pad_start(s: &str, len: usize) -> String {
    let cur = js_len(s);
    if cur >= len {
        return s.to_string();
    }
    let mut out = " ".repeat(len - cur);
    out.push_str(s);
    out
}

/// JS `String.prototype.padEnd(len)` with spaces.
pub fn pad_end(s: &str, len: usize) -> String {
    let cur = js_len(s);
    let mut out = s.to_string();
    if cur < len {
        out.push_str(&" ".repeat(len - cur));
    }
    out
}

/// Compares two strings as JS `Array.prototype.sort` does (UTF-16 code units).
pub fn js_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    a.encode_utf16().cmp(b.encode_utf16())
}
