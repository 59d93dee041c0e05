//! `util.format` / `util.formatWithOptions` (Node's
//! `formatWithOptionsInternal`): `%s %d %i %f %j %o %O %c %%`, extra
//! arguments appended (strings verbatim, the rest inspected) joined by spaces.
//!
//! The engine side is reached through [`FormatHost`], asked lazily only for
//! what a placeholder needs, so user code (`toString`, `valueOf`, `toJSON`,
//! custom inspect) runs exactly when and as often as in Node.

use super::number::{format_bigint, format_number};
use super::options::InspectOptions;
use super::strings::{JsText, symbol_to_string};
use super::value::Captured;

/// The type of an argument, and its value when it is a primitive.
#[derive(Clone, Debug)]
pub enum FormatArg {
    String(JsText),
    Number(f64),
    /// Decimal digits.
    BigInt(String),
    Boolean(bool),
    Undefined,
    Null,
    Symbol(Option<JsText>),
    /// An object or function.
    Object,
}

/// Result of `JSON.stringify(arg)` for `%j`.
#[derive(Clone, Debug)]
pub enum JsonResult {
    Text(JsText),
    /// `JSON.stringify` returned `undefined` (prints `undefined`).
    Undefined,
    /// It threw the circular-structure TypeError (prints `[Circular]`); any
    /// other exception should be the host's `Err`.
    Circular,
}

/// What `util.format` needs from the engine, per argument index (0 = the
/// format string). Each method may run user code and fail with `Self::Error`.
pub trait FormatHost {
    type Error;
    /// Number of arguments.
    fn arg_count(&self) -> usize;
    /// The argument's type (primitives by value).
    fn arg(&mut self, index: usize) -> FormatArg;
    /// Node's `hasBuiltInToString(arg)` (objects only): true when neither the
    /// object nor a user-defined prototype has its own `toString` /
    /// `Symbol.toPrimitive` (i.e. it is found on a builtin's prototype).
    fn has_builtin_to_string(&mut self, index: usize) -> Result<bool, Self::Error>;
    /// `String(arg)` (objects with a user `toString` under `%s`).
    fn to_js_string(&mut self, index: usize) -> Result<JsText, Self::Error>;
    /// `Number(arg)` (`%d`; not called for bigints and symbols).
    fn to_number(&mut self, index: usize) -> Result<f64, Self::Error>;
    /// `parseInt(arg)` (`%i`; not called for bigints and symbols).
    fn parse_int(&mut self, index: usize) -> Result<f64, Self::Error>;
    /// `parseFloat(arg)` (`%f`; not called for symbols).
    fn parse_float(&mut self, index: usize) -> Result<f64, Self::Error>;
    /// `JSON.stringify(arg)` (`%j`).
    fn json(&mut self, index: usize) -> Result<JsonResult, Self::Error>;
    /// Capture the argument (calling custom inspect per `opts`) to inspect it.
    fn capture(&mut self, index: usize, opts: &InspectOptions) -> Result<Captured, Self::Error>;
}

/// `util.format(...args)` = `util.formatWithOptions({}, ...args)`; console.log
/// uses this with the default options.
pub fn format<H: FormatHost>(host: &mut H, opts: &InspectOptions) -> Result<String, H::Error> {
    let argc = host.arg_count();
    let mut out = String::new();
    let mut a = 0usize;
    let mut join = "";

    let inspect_arg = |host: &mut H, i: usize, o: &InspectOptions| -> Result<String, H::Error> {
        let c = host.capture(i, o)?;
        Ok(super::inspect(&c.graph, c.root, o))
    };

    if argc > 0
        && let FormatArg::String(first) = host.arg(0)
    {
        if argc == 1 {
            return Ok(first.to_string_lossy());
        }
        let f = first.units();
        let mut buf: Vec<u16> = Vec::new();
        let mut last_pos = 0usize;
        let mut i = 0usize;
        while i + 1 < f.len() {
            if f[i] == b'%' as u16 {
                i += 1;
                let next = f[i];
                if a + 1 != argc {
                    let temp: Option<String> = match next {
                        // 's'
                        115 => {
                            a += 1;
                            Some(match host.arg(a) {
                                FormatArg::Number(n) => format_number(n, opts.numeric_separator),
                                FormatArg::BigInt(d) => format_bigint(&d, opts.numeric_separator),
                                FormatArg::Object => {
                                    if host.has_builtin_to_string(a)? {
                                        inspect_arg(host, a, &opts.for_format_s())?
                                    } else {
                                        host.to_js_string(a)?.to_string_lossy()
                                    }
                                }
                                other => primitive_string(&other),
                            })
                        }
                        // 'j'
                        106 => {
                            a += 1;
                            Some(match host.json(a)? {
                                JsonResult::Text(t) => t.to_string_lossy(),
                                JsonResult::Undefined => "undefined".into(),
                                JsonResult::Circular => "[Circular]".into(),
                            })
                        }
                        // 'd'
                        100 => {
                            a += 1;
                            Some(match host.arg(a) {
                                FormatArg::BigInt(d) => format_bigint(&d, opts.numeric_separator),
                                FormatArg::Symbol(_) => "NaN".into(),
                                _ => format_number(host.to_number(a)?, opts.numeric_separator),
                            })
                        }
                        // 'O'
                        79 => {
                            a += 1;
                            Some(inspect_arg(host, a, opts)?)
                        }
                        // 'o'
                        111 => {
                            a += 1;
                            Some(inspect_arg(host, a, &opts.for_format_o())?)
                        }
                        // 'i'
                        105 => {
                            a += 1;
                            Some(match host.arg(a) {
                                FormatArg::BigInt(d) => format_bigint(&d, opts.numeric_separator),
                                FormatArg::Symbol(_) => "NaN".into(),
                                _ => format_number(host.parse_int(a)?, opts.numeric_separator),
                            })
                        }
                        // 'f'
                        102 => {
                            a += 1;
                            Some(match host.arg(a) {
                                FormatArg::Symbol(_) => "NaN".into(),
                                _ => format_number(host.parse_float(a)?, opts.numeric_separator),
                            })
                        }
                        // 'c'
                        99 => {
                            a += 1;
                            Some(String::new())
                        }
                        // '%'
                        37 => {
                            buf.extend_from_slice(&f[last_pos..i]);
                            last_pos = i + 1;
                            None
                        }
                        _ => None,
                    };
                    if let Some(t) = temp {
                        if last_pos != i - 1 {
                            buf.extend_from_slice(&f[last_pos..i - 1]);
                        }
                        buf.extend(t.encode_utf16());
                        last_pos = i + 1;
                    }
                } else if next == 37 {
                    buf.extend_from_slice(&f[last_pos..i]);
                    last_pos = i + 1;
                }
            }
            i += 1;
        }
        if last_pos != 0 {
            a += 1;
            join = " ";
            if last_pos < f.len() {
                buf.extend_from_slice(&f[last_pos..]);
            }
        }
        out = String::from_utf16_lossy(&buf);
    }

    while a < argc {
        out.push_str(join);
        match host.arg(a) {
            FormatArg::String(s) => out.push_str(&s.to_string_lossy()),
            _ => out.push_str(&inspect_arg(host, a, opts)?),
        }
        join = " ";
        a += 1;
    }
    Ok(out)
}

/// `String(v)` of a primitive other than number/bigint.
fn primitive_string(arg: &FormatArg) -> String {
    match arg {
        FormatArg::String(s) => s.to_string_lossy(),
        FormatArg::Boolean(b) => b.to_string(),
        FormatArg::Undefined => "undefined".into(),
        FormatArg::Null => "null".into(),
        FormatArg::Symbol(d) => String::from_utf16_lossy(&symbol_to_string(d)),
        FormatArg::Number(n) => super::number::js_number_to_string(*n),
        FormatArg::BigInt(d) => d.clone(),
        FormatArg::Object => String::new(),
    }
}
