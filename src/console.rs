//! The interim formatter that came before the inspect port (`src/inspect/`): a compact
//! formatter of primitives, arrays, plain objects, functions, errors, typed arrays and Buffers,
//! kept only for the few argument descriptions the Buffer natives still build with it.
//! Everything a learner sees goes through `src/inspect/` (via `src/capture.rs`).

use boa_engine::object::builtins::{JsArray, JsTypedArray};
use boa_engine::property::PropertyKey;
use boa_engine::{Context, JsObject, JsResult, JsValue, js_string};

/// How deep and how wide `inspect` goes.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub depth: f64,
    /// `customInspect`: Buffers print as `<Buffer ..>` (else as the typed arrays they are).
    pub custom_inspect: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            depth: 2.0,
            custom_inspect: true,
        }
    }
}

impl Options {
    /// The defaults with another depth.
    pub fn with_depth(depth: f64) -> Self {
        Options {
            depth,
            ..Options::default()
        }
    }
}

/// The JavaScript `Number::toString` of a number, with `-0` as Node's inspect prints it.
pub fn number_to_string(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() {
        return "-0".to_string();
    }
    JsValue::new(n).display().to_string()
}

fn quote(s: &str) -> String {
    let q = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    match chars.next() {
        Some(c) if c.is_alphabetic() || c == '_' || c == '$' => {}
        _ => return false,
    }
    chars.all(|c| c.is_alphanumeric() || c == '_' || c == '$')
}

struct Inspector<'a> {
    context: &'a mut Context,
    seen: Vec<JsObject>,
    options: Options,
}

impl Inspector<'_> {
    fn value(&mut self, value: &JsValue, depth: f64, nested: bool) -> JsResult<String> {
        if let Some(s) = value.as_string() {
            let s = s.to_std_string_lossy();
            return Ok(if nested { quote(&s) } else { s });
        }
        if let Some(n) = value.as_number() {
            return Ok(number_to_string(n));
        }
        if let Some(b) = value.as_bigint() {
            return Ok(format!("{b}n"));
        }
        if let Some(sym) = value.as_symbol() {
            return Ok(sym.descriptive_string().to_std_string_escaped());
        }
        let Some(object) = value.as_object() else {
            return Ok(value.display().to_string());
        };
        if self.seen.iter().any(|o| JsObject::equals(o, &object)) {
            return Ok("[Circular *1]".to_string());
        }
        if object.is_callable() {
            let name = object.get(js_string!("name"), self.context)?;
            let name = name
                .as_string()
                .map(|s| s.to_std_string_escaped())
                .unwrap_or_default();
            let src = object.get(js_string!("toString"), self.context).ok();
            let is_class = src
                .and_then(|f| {
                    f.as_callable()
                        .and_then(|f| f.call(&value.clone(), &[], self.context).ok())
                })
                .and_then(|s| s.as_string().map(|s| s.to_std_string_escaped()))
                .is_some_and(|s| s.starts_with("class"));
            return Ok(match (is_class, name.is_empty()) {
                (true, true) => "[class (anonymous)]".into(),
                (true, false) => format!("[class {name}]"),
                (false, true) => "[Function (anonymous)]".into(),
                (false, false) => format!("[Function: {name}]"),
            });
        }
        if object.is::<boa_engine::builtins::error::Error>() {
            crate::v8_messages::fix_error(value, self.context)?;
            let stack = object.get(js_string!("stack"), self.context)?;
            if let Some(s) = stack.as_string() {
                return Ok(s.to_std_string_escaped());
            }
            return crate::stack::error_header(&object, self.context);
        }
        if let Some(kind) = crate::buffer_natives::typed_array_name(&object) {
            return self.typed_array(&object, kind, depth);
        }
        let is_array = object.is_array();
        if depth > self.options.depth {
            return Ok(if is_array {
                "[Array]".into()
            } else {
                "[Object]".into()
            });
        }
        self.seen.push(object.clone());
        let mut parts = Vec::new();
        if is_array {
            let array = JsArray::from_object(object.clone())?;
            let len = array.length(self.context)?;
            for i in 0..len.min(100) {
                let v = array.get(i, self.context)?;
                parts.push(self.value(&v, depth + 1.0, true)?);
            }
            if len > 100 {
                parts.push(format!(
                    "... {} more item{}",
                    len - 100,
                    if len - 100 == 1 { "" } else { "s" }
                ));
            }
        } else {
            parts = self.own_properties(&object, depth, false)?;
        }
        self.seen.pop();
        let (open, close) = if is_array { ("[", "]") } else { ("{", "}") };
        Ok(layout(open, close, &parts))
    }

    /// `key: value` for each own enumerable property (only the non-index ones when
    /// `skip_indices`, as after a typed array's elements).
    fn own_properties(
        &mut self,
        object: &JsObject,
        depth: f64,
        skip_indices: bool,
    ) -> JsResult<Vec<String>> {
        let mut parts = Vec::new();
        let is_enumerable = self
            .context
            .intrinsics()
            .constructors()
            .object()
            .prototype()
            .get(js_string!("propertyIsEnumerable"), self.context)?;
        for key in object.own_property_keys(self.context)? {
            if skip_indices && matches!(key, PropertyKey::Index(_)) {
                continue;
            }
            let key_value: JsValue = match &key {
                PropertyKey::String(s) => s.clone().into(),
                PropertyKey::Index(i) => i.get().into(),
                PropertyKey::Symbol(s) => s.clone().into(),
            };
            let enumerable = match is_enumerable.as_callable() {
                Some(f) => f
                    .call(&object.clone().into(), &[key_value], self.context)?
                    .to_boolean(),
                None => true,
            };
            if !enumerable {
                continue;
            }
            let name = match &key {
                PropertyKey::String(s) => {
                    let s = s.to_std_string_escaped();
                    if is_identifier(&s) { s } else { quote(&s) }
                }
                PropertyKey::Index(i) => i.get().to_string(),
                PropertyKey::Symbol(sym) => {
                    format!("[{}]", sym.descriptive_string().to_std_string_escaped())
                }
            };
            let v = object.get(key.clone(), self.context)?;
            parts.push(format!("{name}: {}", self.value(&v, depth + 1.0, true)?));
        }
        Ok(parts)
    }

    /// `Uint8Array(3) [ 1, 2, 3 ]`; a Buffer is `<Buffer 01 02 03>` unless `customInspect` is
    /// off (then `Buffer(3) [Uint8Array] [ 1, 2, 3 ]`).
    fn typed_array(&mut self, object: &JsObject, kind: &str, depth: f64) -> JsResult<String> {
        let ctor = constructor_name(object, self.context).unwrap_or_else(|| kind.to_string());
        if self.options.custom_inspect && crate::buffer_natives::is_buffer(object, self.context) {
            self.seen.push(object.clone());
            let extras = self.own_properties(object, depth, true);
            self.seen.pop();
            let extras = extras?;
            let bytes = crate::buffer_natives::view_bytes(&object.clone().into(), self.context)
                .unwrap_or_default();
            let max = crate::buffer_natives::inspect_max_bytes(self.context);
            let extras = (!extras.is_empty()).then(|| extras.join(", "));
            return Ok(crate::buffer::inspect::inspect_bytes_with(
                &bytes,
                max,
                &ctor,
                extras.as_deref(),
            ));
        }
        let array = JsTypedArray::from_object(object.clone())?;
        let len = array.length(self.context)?;
        let prefix = if ctor == kind {
            format!("{ctor}({len})")
        } else {
            format!("{ctor}({len}) [{kind}]")
        };
        if depth > self.options.depth {
            return Ok(format!("[{prefix}]"));
        }
        let mut parts = Vec::new();
        for i in 0..len.min(100) {
            let v = array.at(i as i64, self.context)?;
            parts.push(self.value(&v, depth + 1.0, true)?);
        }
        if len > 100 {
            parts.push(format!(
                "... {} more item{}",
                len - 100,
                if len - 100 == 1 { "" } else { "s" }
            ));
        }
        self.seen.push(object.clone());
        let extras = self.own_properties(object, depth, true);
        self.seen.pop();
        parts.extend(extras?);
        Ok(format!("{prefix} {}", layout("[", "]", &parts)))
    }
}

/// `{ a, b }` on one line when it fits, else one entry per line.
fn layout(open: &str, close: &str, parts: &[String]) -> String {
    if parts.is_empty() {
        return format!("{open}{close}");
    }
    let one_line = format!("{open} {} {close}", parts.join(", "));
    if one_line.len() <= 72 && !one_line.contains('\n') {
        one_line
    } else {
        let indented: Vec<String> = parts
            .iter()
            .map(|p| format!("  {}", p.replace('\n', "\n  ")))
            .collect();
        format!("{open}\n{}\n{close}", indented.join(",\n"))
    }
}

/// `value.constructor.name`, if it is a non-empty string.
fn constructor_name(object: &JsObject, context: &mut Context) -> Option<String> {
    let ctor = object.get(js_string!("constructor"), context).ok()?;
    let name = ctor.as_object()?.get(js_string!("name"), context).ok()?;
    name.as_string()
        .map(|s| s.to_std_string_escaped())
        .filter(|s| !s.is_empty())
}

/// `Buffer.prototype[util.inspect.custom]`: `<Buffer 68 69>`, with the own non-index
/// properties after the bytes when `with_extras` (Node shows them when called with an inspect
/// context, as `util.inspect` does).
pub fn inspect_buffer(
    object: &JsObject,
    ctor: &str,
    with_extras: bool,
    context: &mut Context,
) -> JsResult<String> {
    let extras = if with_extras {
        let mut inspector = Inspector {
            context,
            seen: vec![object.clone()],
            options: Options::default(),
        };
        inspector.own_properties(object, 0.0, true)?
    } else {
        Vec::new()
    };
    let bytes =
        crate::buffer_natives::view_bytes(&object.clone().into(), context).unwrap_or_default();
    let max = crate::buffer_natives::inspect_max_bytes(context);
    let extras = (!extras.is_empty()).then(|| extras.join(", "));
    Ok(crate::buffer::inspect::inspect_bytes_with(
        &bytes,
        max,
        ctor,
        extras.as_deref(),
    ))
}

/// `util.inspect(value)`.
pub fn inspect(value: &JsValue, options: Options, context: &mut Context) -> JsResult<String> {
    let mut inspector = Inspector {
        context,
        seen: Vec::new(),
        options,
    };
    inspector.value(value, 0.0, true)
}
