//! Errors thrown by Node's Buffer code, carrying what is needed to rebuild
//! Node's exact `code`, `name` and `message` (lib/internal/errors.js).

use super::number::{add_numerical_separator, inspect_number, js_number_to_string};

/// A JS argument value as Node's validators and error messages see it.
///
/// The runtime converts its own values into this shape; only numbers take part
/// in the buffer arithmetic, everything else exists so error messages can say
/// what was received (`determineSpecificType` / `util.inspect`).
#[derive(Clone, Debug, PartialEq)]
pub enum JsArg {
    Undefined,
    Null,
    Bool(bool),
    Number(f64),
    /// A BigInt, as its decimal text (`String(value)`, no `n`).
    BigInt(String),
    /// A string, as UTF-16 code units.
    String(Vec<u16>),
    /// A symbol, as `String(symbol)`, e.g. `Symbol(foo)`.
    Symbol(String),
    /// A function, with its `name`.
    Function(String),
    /// An object whose `constructor.name` is given.
    Instance(String),
    /// Any other object: its `util.inspect(value, { depth: -1 })` text.
    Other(String),
}

impl JsArg {
    pub fn number(&self) -> Option<f64> {
        match self {
            JsArg::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn str(s: &str) -> JsArg {
        JsArg::String(s.encode_utf16().collect())
    }

    pub fn is_undefined(&self) -> bool {
        matches!(self, JsArg::Undefined)
    }

    /// Node's `determineSpecificType` (lib/internal/errors.js): the text after
    /// "Received " in ERR_INVALID_ARG_TYPE messages.
    pub fn specific_type(&self) -> String {
        match self {
            JsArg::Null => "null".into(),
            JsArg::Undefined => "undefined".into(),
            JsArg::BigInt(s) => format!("type bigint ({s}n)"),
            JsArg::Number(n) => format!("type number ({})", inspect_number(*n)),
            JsArg::Bool(b) => format!("type boolean ({b})"),
            JsArg::Symbol(s) => format!("type symbol ({s})"),
            JsArg::Function(name) => format!("function {name}"),
            JsArg::Instance(ctor) => format!("an instance of {ctor}"),
            JsArg::Other(text) => text.clone(),
            JsArg::String(units) => {
                let mut units = units.clone();
                if units.len() > 28 {
                    units.truncate(25);
                    units.extend("...".encode_utf16());
                }
                if !units.contains(&u16::from(b'\'')) {
                    format!("type string ('{}')", String::from_utf16_lossy(&units))
                } else {
                    format!("type string ({})", json_quote(&units))
                }
            }
        }
    }

    /// `util.inspect(value)` for the primitive cases the buffer errors use.
    pub fn inspect(&self) -> String {
        match self {
            JsArg::Undefined => "undefined".into(),
            JsArg::Null => "null".into(),
            JsArg::Bool(b) => b.to_string(),
            JsArg::Number(n) => inspect_number(*n),
            JsArg::BigInt(s) => format!("{s}n"),
            JsArg::String(units) => inspect_string(units),
            JsArg::Symbol(s) => s.clone(),
            JsArg::Function(name) if name.is_empty() => "[Function (anonymous)]".into(),
            JsArg::Function(name) => format!("[Function: {name}]"),
            JsArg::Instance(ctor) => format!("{ctor} {{}}"),
            JsArg::Other(text) => text.clone(),
        }
    }
}

impl From<f64> for JsArg {
    fn from(n: f64) -> JsArg {
        JsArg::Number(n)
    }
}

/// `JSON.stringify(string)` for UTF-16 text (lone surrogates escaped as `\udxxx`).
pub fn json_quote(units: &[u16]) -> String {
    let mut out = String::from("\"");
    for ch in char::decode_utf16(units.iter().copied()) {
        match ch {
            Ok('"') => out.push_str("\\\""),
            Ok('\\') => out.push_str("\\\\"),
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\r') => out.push_str("\\r"),
            Ok('\t') => out.push_str("\\t"),
            Ok(c) if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            Ok(c) => out.push(c),
            Err(e) => out.push_str(&format!("\\u{:04x}", e.unpaired_surrogate())),
        }
    }
    out.push('"');
    out
}

/// `util.inspect(string)` (lib/internal/util/inspect.js `strEscape`): single
/// quotes unless the text contains one, then double quotes, then backticks.
pub fn inspect_string(units: &[u16]) -> String {
    let has = |c: char| units.contains(&(c as u16));
    let has_template = units
        .windows(2)
        .any(|w| w == [u16::from(b'$'), u16::from(b'{')]);
    let quote = if !has('\'') {
        '\''
    } else if !has('"') {
        '"'
    } else if !has('`') && !has_template {
        '`'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in char::decode_utf16(units.iter().copied()) {
        match ch {
            Ok(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Ok('\\') => out.push_str("\\\\"),
            Ok('\u{8}') => out.push_str("\\b"),
            Ok('\t') => out.push_str("\\t"),
            Ok('\n') => out.push_str("\\n"),
            Ok('\u{c}') => out.push_str("\\f"),
            Ok('\r') => out.push_str("\\r"),
            Ok(c) if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            Ok(c) => out.push(c),
            Err(e) => out.push_str(&format!("\\u{:x}", e.unpaired_surrogate())),
        }
    }
    out.push(quote);
    out
}

/// The JS error class Node uses for a given error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    RangeError,
    TypeError,
}

impl ErrorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::RangeError => "RangeError",
            ErrorKind::TypeError => "TypeError",
        }
    }
}

/// An error from the buffer helpers. Each variant is one Node error code;
/// [`BufferError::message`] produces Node's message text.
#[derive(Clone, Debug, PartialEq)]
pub enum BufferError {
    /// `ERR_OUT_OF_RANGE` (RangeError):
    /// `The value of "<name>" is out of range. It must be <range>. Received <received>`.
    OutOfRange {
        name: String,
        range: String,
        received: JsArg,
    },
    /// `ERR_OUT_OF_RANGE` thrown from C++ with only the first sentence,
    /// e.g. `The value of "sourceStart" is out of range.`
    OutOfRangeBare { name: String },
    /// `ERR_BUFFER_OUT_OF_BOUNDS` (RangeError): `"<name>" is outside of buffer
    /// bounds`, or with no name `Attempt to access memory outside buffer bounds`.
    BufferOutOfBounds { name: Option<String> },
    /// `ERR_INVALID_ARG_TYPE` (TypeError). `expected` is Node's list, e.g.
    /// `["number"]` or `["Buffer", "Uint8Array"]`.
    InvalidArgType {
        name: String,
        expected: Vec<String>,
        received: JsArg,
    },
    /// `ERR_INVALID_ARG_VALUE` (TypeError): `The argument '<name>' is invalid.
    /// Received <inspected>`; `inspected` is `util.inspect(value)`.
    InvalidArgValue { name: String, inspected: String },
    /// `ERR_UNKNOWN_ENCODING` (TypeError): `Unknown encoding: <name>`
    /// (`name` is `String(encoding)`).
    UnknownEncoding { name: String },
    /// `ERR_INVALID_BUFFER_SIZE` (RangeError): `Buffer size must be a multiple of <bits>`.
    InvalidBufferSize { bits: &'static str },
    /// A plain V8 `RangeError` without a code (e.g. typed-array construction).
    V8RangeError { message: String },
}

impl BufferError {
    pub fn out_of_range(name: &str, range: impl Into<String>, received: JsArg) -> BufferError {
        BufferError::OutOfRange {
            name: name.to_string(),
            range: range.into(),
            received,
        }
    }

    pub fn invalid_arg_type(name: &str, expected: &[&str], received: JsArg) -> BufferError {
        BufferError::InvalidArgType {
            name: name.to_string(),
            expected: expected.iter().map(|s| s.to_string()).collect(),
            received,
        }
    }

    /// `e.code`, or `None` for plain V8 errors.
    pub fn code(&self) -> Option<&'static str> {
        Some(match self {
            BufferError::OutOfRange { .. } | BufferError::OutOfRangeBare { .. } => {
                "ERR_OUT_OF_RANGE"
            }
            BufferError::BufferOutOfBounds { .. } => "ERR_BUFFER_OUT_OF_BOUNDS",
            BufferError::InvalidArgType { .. } => "ERR_INVALID_ARG_TYPE",
            BufferError::InvalidArgValue { .. } => "ERR_INVALID_ARG_VALUE",
            BufferError::UnknownEncoding { .. } => "ERR_UNKNOWN_ENCODING",
            BufferError::InvalidBufferSize { .. } => "ERR_INVALID_BUFFER_SIZE",
            BufferError::V8RangeError { .. } => return None,
        })
    }

    /// The constructor: `RangeError` or `TypeError`.
    pub fn kind(&self) -> ErrorKind {
        match self {
            BufferError::OutOfRange { .. }
            | BufferError::OutOfRangeBare { .. }
            | BufferError::BufferOutOfBounds { .. }
            | BufferError::InvalidBufferSize { .. }
            | BufferError::V8RangeError { .. } => ErrorKind::RangeError,
            BufferError::InvalidArgType { .. }
            | BufferError::InvalidArgValue { .. }
            | BufferError::UnknownEncoding { .. } => ErrorKind::TypeError,
        }
    }

    /// `e.name` (Node errors report the plain class name).
    pub fn name(&self) -> &'static str {
        self.kind().as_str()
    }

    /// `e.message`, exactly as Node builds it.
    pub fn message(&self) -> String {
        match self {
            BufferError::OutOfRange {
                name,
                range,
                received,
            } => format!(
                "The value of \"{name}\" is out of range. It must be {range}. Received {}",
                out_of_range_received(received)
            ),
            BufferError::OutOfRangeBare { name } => {
                format!("The value of \"{name}\" is out of range.")
            }
            BufferError::BufferOutOfBounds { name: Some(name) } => {
                format!("\"{name}\" is outside of buffer bounds")
            }
            BufferError::BufferOutOfBounds { name: None } => {
                "Attempt to access memory outside buffer bounds".to_string()
            }
            BufferError::InvalidArgType {
                name,
                expected,
                received,
            } => invalid_arg_type_message(name, expected, received),
            BufferError::InvalidArgValue { name, inspected } => {
                let mut inspected = inspected.clone();
                if inspected.chars().count() > 128 {
                    inspected = inspected.chars().take(128).collect::<String>() + "...";
                }
                let kind = if name.contains('.') {
                    "property"
                } else {
                    "argument"
                };
                format!("The {kind} '{name}' is invalid. Received {inspected}")
            }
            BufferError::UnknownEncoding { name } => format!("Unknown encoding: {name}"),
            BufferError::InvalidBufferSize { bits } => {
                format!("Buffer size must be a multiple of {bits}")
            }
            BufferError::V8RangeError { message } => message.clone(),
        }
    }

    /// `String(e)`: `RangeError [ERR_OUT_OF_RANGE]: The value of ...`.
    pub fn to_js_string(&self) -> String {
        match self.code() {
            Some(code) => format!("{} [{code}]: {}", self.name(), self.message()),
            None => format!("{}: {}", self.name(), self.message()),
        }
    }
}

impl std::fmt::Display for BufferError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_js_string())
    }
}

impl std::error::Error for BufferError {}

/// The "Received" part of ERR_OUT_OF_RANGE: integers beyond 2**32 and bigints
/// beyond ±2n**32n get `_` separators; bigints get an `n`; anything else is
/// `util.inspect`ed.
fn out_of_range_received(received: &JsArg) -> String {
    match received {
        JsArg::Number(n) if super::number::is_integer(*n) && n.abs() > 4_294_967_296.0 => {
            add_numerical_separator(&js_number_to_string(*n))
        }
        JsArg::BigInt(text) => {
            let big = bigint_abs_exceeds_2_32(text);
            let shown = if big {
                add_numerical_separator(text)
            } else {
                text.clone()
            };
            format!("{shown}n")
        }
        other => other.inspect(),
    }
}

/// `|value| > 2n ** 32n` for a decimal bigint text.
fn bigint_abs_exceeds_2_32(text: &str) -> bool {
    let digits = text.trim_start_matches('-');
    if digits.len() > 10 {
        return true;
    }
    digits
        .parse::<u64>()
        .map(|v| v > 4_294_967_296)
        .unwrap_or(false)
}

const K_TYPES: [&str; 9] = [
    "string", "function", "number", "object", "Function", "Object", "boolean", "bigint", "symbol",
];

/// ERR_INVALID_ARG_TYPE's message builder (lib/internal/errors.js).
fn invalid_arg_type_message(name: &str, expected: &[String], received: &JsArg) -> String {
    let mut msg = String::from("The ");
    if name.ends_with(" argument") {
        msg.push_str(name);
        msg.push(' ');
    } else {
        let kind = if name.contains('.') {
            "property"
        } else {
            "argument"
        };
        msg.push_str(&format!("\"{name}\" {kind} "));
    }
    msg.push_str("must be ");
    let mut types: Vec<String> = Vec::new();
    let mut instances: Vec<String> = Vec::new();
    let mut other: Vec<String> = Vec::new();
    for value in expected {
        if K_TYPES.contains(&value.as_str()) {
            types.push(value.to_lowercase());
        } else if value.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && value.chars().all(|c| c.is_ascii_alphanumeric())
        {
            // classRegExp = /^[A-Z][a-zA-Z0-9]*$/
            instances.push(value.clone());
        } else {
            other.push(value.clone());
        }
    }
    if !instances.is_empty()
        && let Some(pos) = types.iter().position(|t| t == "object")
    {
        types.remove(pos);
        instances.push("Object".into());
    }
    if !types.is_empty() {
        let prefix = if types.len() > 1 {
            "one of type"
        } else {
            "of type"
        };
        msg.push_str(&format!("{prefix} {}", format_list(&types, "or")));
        if !instances.is_empty() || !other.is_empty() {
            msg.push_str(" or ");
        }
    }
    if !instances.is_empty() {
        msg.push_str(&format!("an instance of {}", format_list(&instances, "or")));
        if !other.is_empty() {
            msg.push_str(" or ");
        }
    }
    if !other.is_empty() {
        if other.len() > 1 {
            msg.push_str(&format!("one of {}", format_list(&other, "or")));
        } else {
            if other[0].to_lowercase() != other[0] {
                msg.push_str("an ");
            }
            msg.push_str(&other[0]);
        }
    }
    msg.push_str(&format!(". Received {}", received.specific_type()));
    msg
}

/// Node's `formatList`: `a`, `a or b`, `a, b, or c`.
fn format_list(items: &[String], word: &str) -> String {
    match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        2 => format!("{} {word} {}", items[0], items[1]),
        n => format!("{}, {word} {}", items[..n - 1].join(", "), items[n - 1]),
    }
}
