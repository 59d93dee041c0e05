//! V8's words for `JSON.parse` failures. Boa says `expected value at line 1 column 6`; Node
//! says `Unexpected token '}', "{"a":}" is not valid JSON`. This module finds where V8's JSON
//! parser stops (a small scanner of the JSON grammar) and words the error as V8 11 does, and
//! installs a `JSON.parse` that uses it.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsError, JsNativeError, JsObject, JsResult, JsValue, js_string};

use crate::host::Host;

/// V8's `kMaxContextCharacters`: characters of context shown each side of the bad token.
const CONTEXT: usize = 10;

enum Stop {
    EndOfInput,
    /// An unexpected character at this position (in UTF-16 units).
    Token(usize),
    Number(usize),
    String(usize),
    Message(&'static str, usize),
}

struct Scanner<'a> {
    s: &'a [u16],
    i: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u16> {
        self.s.get(self.i).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(0x20 | 0x09 | 0x0a | 0x0d)) {
            self.i += 1;
        }
    }

    fn unexpected(&self) -> Stop {
        match self.peek() {
            None => Stop::EndOfInput,
            Some(c) if c == u16::from(b'"') => Stop::String(self.i),
            Some(c) if c == u16::from(b'-') || (u16::from(b'0')..=u16::from(b'9')).contains(&c) => {
                Stop::Number(self.i)
            }
            Some(_) => Stop::Token(self.i),
        }
    }

    fn value(&mut self) -> Result<(), Stop> {
        self.skip_ws();
        match self
            .peek()
            .map(|c| c as u8 as char)
            .filter(|_| self.peek().is_some_and(|c| c < 128))
        {
            None => Err(self.unexpected()),
            Some('{') => self.object(),
            Some('[') => self.array(),
            Some('"') => self.string(),
            Some('-' | '0'..='9') => self.number(),
            Some('t') => self.literal("true"),
            Some('f') => self.literal("false"),
            Some('n') => self.literal("null"),
            Some(_) => Err(Stop::Token(self.i)),
        }
    }

    fn literal(&mut self, word: &str) -> Result<(), Stop> {
        for b in word.bytes() {
            if self.peek() != Some(u16::from(b)) {
                return Err(self.unexpected());
            }
            self.i += 1;
        }
        Ok(())
    }

    fn digits(&mut self) -> usize {
        let start = self.i;
        while self
            .peek()
            .is_some_and(|c| (u16::from(b'0')..=u16::from(b'9')).contains(&c))
        {
            self.i += 1;
        }
        self.i - start
    }

    fn number(&mut self) -> Result<(), Stop> {
        if self.peek() == Some(u16::from(b'-')) {
            self.i += 1;
            if self.digits() == 0 {
                return Err(Stop::Message(
                    "No number after minus sign in JSON at position",
                    self.i,
                ));
            }
        } else if self.peek() == Some(u16::from(b'0')) {
            self.i += 1;
            if self
                .peek()
                .is_some_and(|c| (u16::from(b'0')..=u16::from(b'9')).contains(&c))
            {
                return Err(Stop::Number(self.i));
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(u16::from(b'.')) {
            self.i += 1;
            if self.digits() == 0 {
                return Err(Stop::Message(
                    "Unterminated fractional number in JSON at position",
                    self.i,
                ));
            }
        }
        if matches!(self.peek(), Some(c) if c == u16::from(b'e') || c == u16::from(b'E')) {
            self.i += 1;
            if matches!(self.peek(), Some(c) if c == u16::from(b'+') || c == u16::from(b'-')) {
                self.i += 1;
            }
            if self.digits() == 0 {
                return Err(Stop::Message(
                    "Exponent part is missing a number in JSON at position",
                    self.i,
                ));
            }
        }
        Ok(())
    }

    fn string(&mut self) -> Result<(), Stop> {
        self.i += 1;
        loop {
            match self.peek() {
                None => {
                    return Err(Stop::Message(
                        "Unterminated string in JSON at position",
                        self.i,
                    ));
                }
                Some(0x22) => {
                    self.i += 1;
                    return Ok(());
                }
                Some(0x5c) => {
                    self.i += 1;
                    match self.peek().map(|c| c as u8) {
                        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => self.i += 1,
                        Some(b'u') => {
                            self.i += 1;
                            for _ in 0..4 {
                                if !self.peek().is_some_and(|c| {
                                    (c as u8 as char).is_ascii_hexdigit() && c < 128
                                }) {
                                    return Err(Stop::Message(
                                        "Bad Unicode escape in JSON at position",
                                        self.i,
                                    ));
                                }
                                self.i += 1;
                            }
                        }
                        _ => {
                            return Err(Stop::Message(
                                "Bad escaped character in JSON at position",
                                self.i,
                            ));
                        }
                    }
                }
                Some(c) if c < 0x20 => {
                    return Err(Stop::Message(
                        "Bad control character in string literal in JSON at position",
                        self.i,
                    ));
                }
                Some(_) => self.i += 1,
            }
        }
    }

    fn array(&mut self) -> Result<(), Stop> {
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some(u16::from(b']')) {
            self.i += 1;
            return Ok(());
        }
        loop {
            self.value()?;
            self.skip_ws();
            match self.peek() {
                Some(0x2c) => self.i += 1,
                Some(0x5d) => {
                    self.i += 1;
                    return Ok(());
                }
                _ => {
                    return Err(Stop::Message(
                        "Expected ',' or ']' after array element in JSON at position",
                        self.i,
                    ));
                }
            }
        }
    }

    fn object(&mut self) -> Result<(), Stop> {
        self.i += 1;
        self.skip_ws();
        if self.peek() == Some(u16::from(b'}')) {
            self.i += 1;
            return Ok(());
        }
        let mut first = true;
        loop {
            self.skip_ws();
            if self.peek() != Some(0x22) {
                let words = if first {
                    "Expected property name or '}' in JSON at position"
                } else {
                    "Expected double-quoted property name in JSON at position"
                };
                return Err(Stop::Message(words, self.i));
            }
            first = false;
            self.string()?;
            self.skip_ws();
            if self.peek() != Some(u16::from(b':')) {
                return Err(Stop::Message(
                    "Expected ':' after property name in JSON at position",
                    self.i,
                ));
            }
            self.i += 1;
            self.value()?;
            self.skip_ws();
            match self.peek() {
                Some(0x2c) => self.i += 1,
                Some(0x7d) => {
                    self.i += 1;
                    return Ok(());
                }
                _ => {
                    return Err(Stop::Message(
                        "Expected ',' or '}' after property value in JSON at position",
                        self.i,
                    ));
                }
            }
        }
    }
}

/// V8's message for `JSON.parse(text)`, or `None` when the text is valid JSON.
pub fn parse_error_message(text: &[u16]) -> Option<String> {
    parse_error(text).map(|(message, _)| message)
}

/// V8's message for `JSON.parse(text)` and the position (in UTF-16 units) its parser stopped
/// at, which V8 reports as the error's location in the text (`<anonymous_script>`).
fn parse_error(text: &[u16]) -> Option<(String, usize)> {
    let mut scanner = Scanner { s: text, i: 0 };
    let result = scanner.value().and_then(|()| {
        scanner.skip_ws();
        match scanner.peek() {
            None => Ok(()),
            Some(_) => Err(Stop::Message(
                "Unexpected non-whitespace character after JSON at position",
                scanner.i,
            )),
        }
    });
    let stop = result.err()?;
    let position = match stop {
        Stop::EndOfInput => text.len(),
        Stop::Token(at) | Stop::Number(at) | Stop::String(at) | Stop::Message(_, at) => at,
    };
    // V8 shows the whole text for strings that other values turn into (`JSON.parse(undefined)`).
    let whole = String::from_utf16_lossy(text);
    if matches!(
        whole.as_str(),
        "NaN" | "Infinity" | "undefined" | "[object Object]"
    ) {
        return Some((format!("\"{whole}\" is not valid JSON"), position));
    }
    let show = |from: usize, to: usize| {
        String::from_utf16_lossy(&text[from.min(text.len())..to.min(text.len())])
    };
    let message = match stop {
        Stop::EndOfInput => "Unexpected end of JSON input".to_string(),
        Stop::Number(at) => format!("Unexpected number in JSON at position {at}"),
        Stop::String(at) => format!("Unexpected string in JSON at position {at}"),
        Stop::Message(words, at) => format!("{words} {at}"),
        Stop::Token(at) => {
            let token = show(at, at + 1);
            let len = text.len();
            if len <= CONTEXT * 2 + 1 {
                format!(
                    "Unexpected token '{token}', \"{}\" is not valid JSON",
                    show(0, len)
                )
            } else if at < CONTEXT {
                format!(
                    "Unexpected token '{token}', \"{}\"... is not valid JSON",
                    show(0, at + CONTEXT)
                )
            } else if at < len - CONTEXT {
                format!(
                    "Unexpected token '{token}', ...\"{}\"... is not valid JSON",
                    show(at - CONTEXT, at + CONTEXT)
                )
            } else {
                format!(
                    "Unexpected token '{token}', ...\"{}\" is not valid JSON",
                    show(at - CONTEXT, len)
                )
            }
        }
    };
    Some((message, position))
}

/// The block Node prints above an uncaught `JSON.parse` error: V8 reports the location in
/// the parsed text, a script named `<anonymous_script>`: the line holding the position and a
/// caret under it, or no caret when the position is the end of the text.
fn text_arrow(text: &[u16], position: usize) -> String {
    let before = &text[..position.min(text.len())];
    let line_start = before
        .iter()
        .rposition(|&c| c == u16::from(b'\n'))
        .map_or(0, |at| at + 1);
    let line = before.iter().filter(|&&c| c == u16::from(b'\n')).count() + 1;
    let line_end = text[line_start..]
        .iter()
        .position(|&c| c == u16::from(b'\n'))
        .map_or(text.len(), |at| line_start + at);
    let shown = String::from_utf16_lossy(&text[line_start..line_end]);
    if position >= text.len() {
        return format!("<anonymous_script>:{line}\n{shown}\n");
    }
    let pad: String = text[line_start..position]
        .iter()
        .map(|&c| if c == u16::from(b'\t') { '\t' } else { ' ' })
        .collect();
    format!("<anonymous_script>:{line}\n{shown}\n{pad}^\n")
}

struct OriginalParse(JsFunction);
struct OriginalStringify(JsFunction);

/// How V8 names a step of the path: `property 'a'` or `index 0`.
fn step_name(key: &JsValue) -> String {
    match key.as_number() {
        Some(i) => format!("index {i}"),
        None => format!(
            "property '{}'",
            key.as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default()
        ),
    }
}

/// Find the first cycle in serialization order: the objects on the path and the keys between.
fn find_cycle(root: &JsObject, context: &mut Context) -> Option<(Vec<JsObject>, Vec<JsValue>)> {
    fn walk(
        object: &JsObject,
        stack: &mut Vec<JsObject>,
        keys: &mut Vec<JsValue>,
        context: &mut Context,
        budget: &mut usize,
    ) -> Option<usize> {
        if *budget == 0 {
            return None;
        }
        *budget -= 1;
        if let Some(at) = stack.iter().position(|o| JsObject::equals(o, object)) {
            return Some(at);
        }
        stack.push(object.clone());
        let entries: Vec<JsValue> = if object.is_array() {
            let len = object
                .get(js_string!("length"), context)
                .ok()?
                .to_length(context)
                .ok()?;
            (0..len).map(|i| JsValue::from(i as f64)).collect()
        } else {
            let keys_fn = context
                .intrinsics()
                .constructors()
                .object()
                .constructor()
                .get(js_string!("keys"), context)
                .ok()?;
            let list = keys_fn
                .as_callable()?
                .call(&JsValue::undefined(), &[object.clone().into()], context)
                .ok()?;
            let list = list.as_object()?;
            let len = list
                .get(js_string!("length"), context)
                .ok()?
                .to_length(context)
                .ok()?;
            (0..len).filter_map(|i| list.get(i, context).ok()).collect()
        };
        for key in entries {
            let value = match key.as_number() {
                Some(i) => object.get(i as u64, context).ok()?,
                None => object.get(key.to_string(context).ok()?, context).ok()?,
            };
            if let Some(child) = value.as_object() {
                if child.is_callable() {
                    continue;
                }
                keys.push(key.clone());
                if let Some(at) = walk(&child, stack, keys, context, budget) {
                    return Some(at);
                }
                keys.pop();
            }
        }
        stack.pop();
        None
    }
    let mut stack = Vec::new();
    let mut keys = Vec::new();
    let mut budget = 100_000;
    let at = walk(root, &mut stack, &mut keys, context, &mut budget)?;
    Some((stack[at..].to_vec(), keys[at..].to_vec()))
}

/// V8's multi-line message for a circular structure.
fn circular_message(root: &JsObject, context: &mut Context) -> Option<String> {
    let (objects, keys) = find_cycle(root, context)?;
    let mut out = format!(
        "Converting circular structure to JSON\n    --> starting at object with constructor '{}'",
        crate::stack::receiver_type_name(&objects[0], context)
    );
    let middle: Vec<String> = (1..objects.len())
        .map(|i| {
            format!(
                "\n    |     {} -> object with constructor '{}'",
                step_name(&keys[i - 1]),
                crate::stack::receiver_type_name(&objects[i], context)
            )
        })
        .collect();
    // V8 keeps the first two and the last intermediate steps.
    if middle.len() > 3 {
        out.push_str(&middle[0]);
        out.push_str(&middle[1]);
        out.push_str("\n    |     ...");
        out.push_str(&middle[middle.len() - 1]);
    } else {
        out.extend(middle);
    }
    out.push_str(&format!(
        "\n    --- {} closes the circle",
        step_name(keys.last()?)
    ));
    Some(out)
}

fn stringify(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(original) = context.get_data::<OriginalStringify>().map(|o| o.0.clone()) else {
        return Ok(JsValue::undefined());
    };
    match original.call(this, args, context) {
        Err(error)
            if error
                .as_native()
                .is_some_and(|n| n.is_type() && n.message() == "cyclic object value") =>
        {
            let root = args.first().and_then(JsValue::as_object);
            match root.and_then(|r| circular_message(&r, context)) {
                Some(message) => Err(JsNativeError::typ().with_message(message).into()),
                None => Err(error),
            }
        }
        other => other,
    }
}

fn parse(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let Some(original) = context.get_data::<OriginalParse>().map(|o| o.0.clone()) else {
        return Ok(JsValue::undefined());
    };
    match original.call(this, args, context) {
        Ok(value) => Ok(value),
        Err(error) if error.as_native().is_some_and(|n| n.is_syntax()) => {
            let text = args
                .first()
                .cloned()
                .unwrap_or_default()
                .to_string(context)?;
            let units: Vec<u16> = text.iter().collect();
            match parse_error(&units) {
                Some((message, position)) => {
                    // Made by the constructor, so it records the frames of this call (an
                    // error made into an object here would carry none, and an uncaught one
                    // would be reported with `at JSON.parse` alone), and made an object here
                    // so the fatal report can point into the text.
                    let constructor = context
                        .intrinsics()
                        .constructors()
                        .syntax_error()
                        .constructor();
                    let object = constructor.construct(
                        &[boa_engine::JsString::from(message).into()],
                        None,
                        context,
                    )?;
                    Host::of(context).set_arrow(&object, text_arrow(&units, position));
                    let value: JsValue = object.into();
                    crate::own_stack::adopt(&value, context)?;
                    Err(JsError::from_opaque(value))
                }
                None => Err(error),
            }
        }
        Err(error) => Err(error),
    }
}

/// Put a `JSON.parse` and a `JSON.stringify` that speak V8's words in place of Boa's.
pub fn install(context: &mut Context) -> JsResult<()> {
    let json = context.intrinsics().objects().json();
    let parse_original = json.get(js_string!("parse"), context)?;
    let stringify_original = json.get(js_string!("stringify"), context)?;
    let (Some(parse_original), Some(stringify_original)) = (
        parse_original.as_object().and_then(JsFunction::from_object),
        stringify_original
            .as_object()
            .and_then(JsFunction::from_object),
    ) else {
        return Ok(());
    };
    context.insert_data(OriginalParse(parse_original));
    context.insert_data(OriginalStringify(stringify_original));
    crate::bindings::define_methods(
        &json,
        &[("parse", parse, 2), ("stringify", stringify, 3)],
        context,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msg(s: &str) -> Option<String> {
        parse_error_message(&s.encode_utf16().collect::<Vec<_>>())
    }

    #[test]
    fn words_as_v8() {
        assert_eq!(msg("{\"a\":1}"), None);
        assert_eq!(
            msg("{\"a\":}").unwrap(),
            "Unexpected token '}', \"{\"a\":}\" is not valid JSON"
        );
        assert_eq!(msg("").unwrap(), "Unexpected end of JSON input");
        assert_eq!(
            msg("{").unwrap(),
            "Expected property name or '}' in JSON at position 1"
        );
        assert_eq!(msg("undefined").unwrap(), "\"undefined\" is not valid JSON");
    }
}
