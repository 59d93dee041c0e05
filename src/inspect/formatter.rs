//! Node's `formatValue` / `formatRaw` and the per-kind formatters
//! (`lib/internal/util/inspect.js`, Node v20), over a captured [`Graph`].

use std::collections::HashMap;

use super::number::{date_to_iso, format_bigint, format_number, js_number_to_string};
use super::options::{Compact, InspectOptions};
use super::strings::{
    JsText, escape_unquoted, is_identifier_key, js_len, str_escape, string_width, symbol_to_string,
};
use super::value::{
    Boxed, Custom, ErrorInfo, FunctionKind, GetterResult, Graph, IterEntries, Node, NodeId, Object,
    ObjectKind, PromiseState, PropKey, PropValue, Property, TagSource, TypedElements,
};

/// Nesting (objects inside objects) after which formatting stops like Node does
/// on a stack overflow (`Inspection interrupted prematurely`). Node's real
/// limit depends on V8's stack; this one keeps Rust's stack use bounded: a
/// level takes about 2 KiB of stack in release builds and 13 KiB in debug
/// builds, so graphs that could nest deeper than [`INLINE_NESTING`] are
/// formatted on a helper thread with a [`DEEP_STACK_BYTES`] stack.
pub const MAX_NESTING: usize = 1000;

/// Nesting limit when formatting on the caller's stack (small graphs, or no
/// threads available, e.g. wasm32).
pub const INLINE_NESTING: usize = 100;

/// Values formatted in one `inspect` call after which every further value
/// prints as the interruption marker: bounds the work on graphs whose shared
/// sub-objects would be expanded exponentially often (Node has no such limit
/// beyond its 2 ** 27 output budget and would just take that long).
pub const MAX_STEPS: usize = 1 << 20;

/// Stack size of the helper thread used for big graphs.
pub const DEEP_STACK_BYTES: usize = 32 << 20;

/// Node: `kObjectType`, `kArrayType`, `kArrayExtrasType`.
#[allow(clippy::enum_variant_names)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Extras {
    Object,
    Array,
    ArrayExtras,
}

/// Node: `inspect.styles` names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Special,
    Number,
    BigInt,
    Boolean,
    Undefined,
    Null,
    String,
    Symbol,
    Date,
    RegExp,
    Name,
}

/// A key to print: an own property, or one Node reads as `value[key]`
/// without an own descriptor (printed as an enumerable `key: value`).
#[derive(Clone, Copy)]
pub(super) enum KeyRef<'g> {
    Prop(&'g Property),
    Synth(&'static str, Synth),
}

#[derive(Clone, Copy)]
pub(super) enum Synth {
    Number(f64),
    Node(NodeId),
}

impl KeyRef<'_> {
    fn is_named(&self, name: &str) -> bool {
        match self {
            KeyRef::Prop(p) => {
                matches!(&p.key, PropKey::String(s) if s.units().iter().copied().eq(name.encode_utf16()))
            }
            KeyRef::Synth(n, _) => *n == name,
        }
    }
}

/// Which per-kind formatter fills the output (Node's `formatter` variable).
enum Formatter<'g> {
    Empty,
    Array,
    Set,
    Map,
    TypedArray,
    Iterator(&'g IterEntries),
    ArrayBuffer,
    Promise,
    WeakUnknown,
    WeakSet(&'g [NodeId]),
    WeakMap(&'g [(NodeId, NodeId)]),
    Namespace,
}

/// Node's `ctx` during one `inspect` call.
pub(super) struct Ctx<'g> {
    pub g: &'g Graph,
    pub o: InspectOptions,
    pub indentation_lvl: usize,
    /// The objects on the current path and those numbered `<ref *N>`, by identity
    /// (`Object::identity`, else the node): Node's `ctx.seen` and `ctx.circular`.
    pub seen: Vec<NodeId>,
    pub circular: Vec<NodeId>,
    pub current_depth: usize,
    pub budget: HashMap<usize, usize>,
    pub nesting: usize,
    pub max_nesting: usize,
    pub steps: usize,
    /// Lists a `sorted` comparator must order that `o.sort_orders` does not have yet.
    pub sort_misses: Vec<Vec<String>>,
}

impl<'g> Ctx<'g> {
    pub fn new(g: &'g Graph, o: &InspectOptions) -> Self {
        Ctx {
            g,
            o: o.clone(),
            indentation_lvl: 0,
            seen: Vec::new(),
            circular: Vec::new(),
            current_depth: 0,
            budget: HashMap::new(),
            nesting: 0,
            max_nesting: INLINE_NESTING,
            steps: 0,
            sort_misses: Vec::new(),
        }
    }

    /// Node's `ArrayPrototypeSort(output, comparator)` under `sorted`: by code units, or in
    /// the order the engine's comparator gave this list (a list it has not seen is a miss).
    fn sort_entries(&mut self, list: &mut [String]) {
        match self.o.sort_orders.as_ref().map(|o| o.get(&*list)) {
            None => list.sort_by(|a, b| super::strings::js_cmp(a, b)),
            Some(Some(order)) if order.len() == list.len() => list.clone_from_slice(order),
            Some(_) => self.sort_misses.push(list.to_vec()),
        }
    }

    fn exceeded(&self, recurse_times: usize) -> bool {
        (recurse_times as f64) > self.o.depth
    }

    fn compact_always(&self) -> bool {
        self.o.compact == Compact::Always
    }

    /// Node: `stylizeWithColor` / `stylizeNoColor`.
    pub fn stylize(&self, s: &str, style: Style) -> String {
        if !self.o.colors {
            return s.to_string();
        }
        let (open, close) = match style {
            Style::Special => (36, 39),
            Style::Number | Style::BigInt | Style::Boolean => (33, 39),
            Style::Undefined => (90, 39),
            Style::Null => (1, 22),
            Style::String | Style::Symbol => (32, 39),
            Style::Date => (35, 39),
            Style::RegExp => (31, 39),
            Style::Name => return s.to_string(),
        };
        format!("\u{1b}[{open}m{s}\u{1b}[{close}m")
    }

    fn indent(&self) -> String {
        " ".repeat(self.indentation_lvl)
    }

    // ----- primitives ---------------------------------------------------

    /// Node: `formatPrimitive` for strings (`maxStringLength`, splitting long
    /// multi-line strings into `'...\n' +` pieces).
    pub fn format_string(&self, s: &JsText, colorless: bool) -> String {
        let st = |ctx: &Self, text: &str| {
            if colorless {
                text.to_string()
            } else {
                ctx.stylize(text, Style::String)
            }
        };
        let mut units = s.units();
        let mut trailer = String::new();
        if units.len() > self.o.max_string_length {
            let remaining = units.len() - self.o.max_string_length;
            units = &units[..self.o.max_string_length];
            trailer = format!(
                "... {remaining} more character{}",
                if remaining > 1 { "s" } else { "" }
            );
        }
        if !self.compact_always()
            && units.len() > 16
            && (units.len() as f64) > self.o.break_length - self.indentation_lvl as f64 - 4.0
        {
            // Node: split(/(?<=\n)/) keeps each '\n' at the end of its piece.
            let mut pieces = Vec::new();
            let mut start = 0;
            for (i, &u) in units.iter().enumerate() {
                if u == b'\n' as u16 && i + 1 < units.len() {
                    pieces.push(&units[start..=i]);
                    start = i + 1;
                }
            }
            pieces.push(&units[start..]);
            let sep = format!(" +\n{}", " ".repeat(self.indentation_lvl + 2));
            let parts: Vec<String> = pieces.iter().map(|p| st(self, &str_escape(p))).collect();
            return parts.join(&sep) + &trailer;
        }
        st(self, &str_escape(units)) + &trailer
    }

    pub fn format_num(&self, n: f64) -> String {
        self.stylize(&format_number(n, self.o.numeric_separator), Style::Number)
    }

    pub fn format_big(&self, digits: &str) -> String {
        self.stylize(
            &format_bigint(digits, self.o.numeric_separator),
            Style::BigInt,
        )
    }

    /// Node: `formatPrimitive`; `None` if `node` is not a primitive.
    fn format_primitive(&self, node: &Node, colorless: bool) -> Option<String> {
        let st = |text: String, style: Style| {
            if colorless {
                text
            } else {
                self.stylize(&text, style)
            }
        };
        Some(match node {
            Node::Undefined => st("undefined".into(), Style::Undefined),
            Node::Null => st("null".into(), Style::Null),
            Node::Boolean(b) => st(b.to_string(), Style::Boolean),
            Node::Number(n) => st(format_number(*n, self.o.numeric_separator), Style::Number),
            Node::BigInt(d) => st(format_bigint(d, self.o.numeric_separator), Style::BigInt),
            Node::String(s) => self.format_string(s, colorless),
            Node::Symbol(d) => st(
                String::from_utf16_lossy(&symbol_to_string(d)),
                Style::Symbol,
            ),
            _ => return None,
        })
    }

    // ----- formatValue --------------------------------------------------

    /// Node: `formatValue`.
    pub fn format_value(&mut self, id: NodeId, recurse_times: usize, typed_array: bool) -> String {
        let g = self.g;
        let Some(node) = g.get(id) else {
            return self.stylize("undefined", Style::Undefined);
        };
        if let Some(p) = self.format_primitive(node, false) {
            return p;
        }
        self.steps += 1;
        if self.nesting >= self.max_nesting || self.steps > MAX_STEPS {
            return self.stylize(
                "[Object: Inspection interrupted prematurely. Maximum call stack size exceeded.]",
                Style::Special,
            );
        }
        self.nesting += 1;
        let out = self.format_value_inner(id, node, recurse_times, typed_array);
        self.nesting -= 1;
        out
    }

    fn format_value_inner(
        &mut self,
        id: NodeId,
        node: &'g Node,
        recurse_times: usize,
        typed_array: bool,
    ) -> String {
        match node {
            Node::Custom(Custom::Text(t)) => {
                // Node: a custom inspect string is re-indented at every newline.
                let text = t.to_string_lossy();
                text.replace('\n', &format!("\n{}", self.indent()))
            }
            Node::Custom(Custom::Value(v)) => self.format_value(*v, recurse_times, false),
            Node::NotCaptured { constructor } => {
                let s = match constructor {
                    Some(c) => format!("[{c}]"),
                    None => "[Object: null prototype]".to_string(),
                };
                self.stylize(&s, Style::Special)
            }
            Node::Object(obj) => {
                if let ObjectKind::Proxy { target, handler } = &obj.kind {
                    let Some(target) = target else {
                        return self.stylize("<Revoked Proxy>", Style::Special);
                    };
                    if self.o.show_proxy {
                        return self.format_proxy(*target, *handler, recurse_times);
                    }
                    // Node: without showProxy the target is inspected instead.
                    return self.format_value(*target, recurse_times, typed_array);
                }
                if self.o.custom_inspect
                    && let ObjectKind::TypedArray {
                        node_buffer: Some(max),
                        ..
                    } = &obj.kind
                {
                    return self.format_node_buffer(obj, *max);
                }
                // Node: `ctx.seen.includes(value)` → `[Circular *n]`, numbered per object
                // (`ctx.circular` is a Map keyed by the object).
                let id = obj.identity.unwrap_or(id);
                if self.seen.contains(&id) {
                    let index = match self.circular.iter().position(|c| *c == id) {
                        Some(i) => i + 1,
                        None => {
                            self.circular.push(id);
                            self.circular.len()
                        }
                    };
                    return self.stylize(&format!("[Circular *{index}]"), Style::Special);
                }
                self.format_raw(id, obj, recurse_times, typed_array)
            }
            _ => self.stylize("undefined", Style::Undefined),
        }
    }

    /// Node: `formatProxy` (showProxy): `Proxy [ target, handler ]`.
    fn format_proxy(
        &mut self,
        target: NodeId,
        handler: Option<NodeId>,
        recurse_times: usize,
    ) -> String {
        if self.exceeded(recurse_times) {
            return self.stylize("Proxy [Array]", Style::Special);
        }
        let rt = recurse_times + 1;
        self.indentation_lvl += 2;
        let t = self.format_value(target, rt, false);
        let h = match handler {
            Some(h) => self.format_value(h, rt, false),
            None => self.stylize("null", Style::Null),
        };
        self.indentation_lvl -= 2;
        self.reduce_to_single_string(
            vec![t, h],
            "",
            ("Proxy [", "]"),
            Extras::ArrayExtras,
            rt,
            None,
        )
    }

    /// Node: `Buffer.prototype[inspect.custom]` (lib/buffer.js):
    /// `<Buffer 68 69 ... 3 more bytes, x: 1>`, `max` being `buffer.INSPECT_MAX_BYTES`.
    fn format_node_buffer(&mut self, obj: &'g Object, max: f64) -> String {
        let ObjectKind::TypedArray {
            length, elements, ..
        } = &obj.kind
        else {
            return String::new();
        };
        // `this.hexSlice(0, MathMin(max, this.length))`: the end index truncated.
        let shown = (*length as f64).min(max).max(0.0) as usize;
        let mut hex = Vec::new();
        if let TypedElements::Numbers(ns) = elements {
            for n in ns.iter().take(shown) {
                hex.push(format!("{:02x}", (*n as i64).rem_euclid(256)));
            }
        }
        let mut s = hex.join(" ");
        // `remaining` is a JavaScript number: a fractional maximum leaves a fraction.
        let remaining = *length as f64 - max;
        if remaining > 0.0 {
            s.push_str(&format!(
                " ... {} more byte{}",
                super::number::js_number_to_string(remaining),
                if remaining > 1.0 { "s" } else { "" }
            ));
        }
        // Extra own properties: inspected as a null-prototype object with
        // `{ breakLength: Infinity, compact: true }` and the braces cut off.
        let keys: Vec<&Property> = obj
            .props
            .iter()
            .filter(|p| self.o.show_hidden || p.enumerable)
            .collect();
        if !keys.is_empty() {
            if *length != 0 {
                s.push_str(", ");
            }
            let mut sub_opts = self.o.clone();
            sub_opts.break_length = f64::INFINITY;
            sub_opts.compact = Compact::Always;
            let mut sub = Ctx::new(self.g, &sub_opts);
            sub.nesting = self.nesting;
            sub.max_nesting = self.max_nesting;
            sub.steps = self.steps;
            sub.current_depth = 1;
            let mut out: Vec<String> = keys
                .iter()
                .map(|p| {
                    // A fresh object: its keys print as enumerable ones.
                    let p2 = Property {
                        key: p.key.clone(),
                        value: p.value.clone(),
                        enumerable: true,
                    };
                    sub.format_property_owned(1, &p2, Extras::Object)
                })
                .collect();
            self.steps = sub.steps;
            if sub.o.sorted {
                sub.sort_entries(&mut out);
            }
            self.sort_misses.append(&mut sub.sort_misses);
            s.push_str(&out.join(", "));
        }
        let name = obj.constructor.clone().unwrap_or_else(|| "Buffer".into());
        format!("<{name} {s}>")
    }

    // ----- formatRaw ----------------------------------------------------

    /// Node: `getPrefix`.
    fn get_prefix(constructor: Option<&str>, tag: &str, fallback: &str, size: &str) -> String {
        match constructor {
            None => {
                if !tag.is_empty() && fallback != tag {
                    format!("[{fallback}{size}: null prototype] [{tag}] ")
                } else {
                    format!("[{fallback}{size}: null prototype] ")
                }
            }
            Some(c) => {
                if !tag.is_empty() && c != tag {
                    format!("{c}{size} [{tag}] ")
                } else {
                    format!("{c}{size} ")
                }
            }
        }
    }

    /// Node: `getCtxStyle`.
    fn ctx_style(obj: &Object, constructor: Option<&str>, tag: &str) -> String {
        let mut fallback = "";
        if constructor.is_none() {
            fallback = obj.class_name.as_str();
            if fallback == tag {
                fallback = "Object";
            }
        }
        Self::get_prefix(constructor, tag, fallback, "")
    }

    fn visible_props(&self, obj: &'g Object) -> Vec<KeyRef<'g>> {
        let show_hidden = self.o.show_hidden;
        obj.props
            .iter()
            .filter(|p| show_hidden || p.enumerable)
            .map(KeyRef::Prop)
            .collect()
    }

    /// Node: `formatRaw`.
    fn format_raw(
        &mut self,
        id: NodeId,
        obj: &'g Object,
        recurse_times: usize,
        typed_array: bool,
    ) -> String {
        let g = self.g;
        let mut recurse_times = recurse_times;
        // Node: getConstructorName → addPrototypeProperties (showHidden only).
        let mut proto_props: Option<Vec<String>> = None;
        if self.o.show_hidden && !self.exceeded(recurse_times) && !obj.proto_props.is_empty() {
            self.seen.push(id);
            let mut v = Vec::new();
            for p in &obj.proto_props {
                if let PropValue::Data(d) = p.value
                    && matches!(g.get(d), Some(Node::Object(o)) if matches!(o.kind, ObjectKind::Function { .. }))
                {
                    continue;
                }
                let s = self.format_property(recurse_times, KeyRef::Prop(p), Extras::Object);
                v.push(if self.o.colors {
                    format!("\u{1b}[2m{s}\u{1b}[22m")
                } else {
                    s
                });
            }
            self.seen.pop();
            if !v.is_empty() {
                proto_props = Some(v);
            }
        }
        let no_proto = proto_props.is_none();
        let constructor = obj.constructor.as_deref();
        // Node: only list the tag when it is not an own (enumerable) property.
        let tag_string = obj.tag.to_string_lossy();
        let tag: &str = match obj.tag_source {
            _ if tag_string.is_empty() => "",
            TagSource::Inherited => &tag_string,
            TagSource::Own { enumerable } => {
                if self.o.show_hidden || enumerable {
                    ""
                } else {
                    &tag_string
                }
            }
        };

        let mut base = String::new();
        let mut formatter = Formatter::Empty;
        let mut braces: (String, &str) = ("{".to_string(), "}");
        let mut extras = Extras::Object;
        let mut keys: Vec<KeyRef<'g>>;

        match &obj.kind {
            ObjectKind::Array { length, .. } => {
                let prefix = if constructor != Some("Array") || !tag.is_empty() {
                    Self::get_prefix(constructor, tag, "Array", &format!("({length})"))
                } else {
                    String::new()
                };
                keys = self.visible_props(obj);
                braces = (format!("{prefix}["), "]");
                if *length == 0 && keys.is_empty() && no_proto {
                    return format!("{}]", braces.0);
                }
                extras = Extras::ArrayExtras;
                formatter = Formatter::Array;
            }
            ObjectKind::Set { size, .. } => {
                let prefix = Self::get_prefix(constructor, tag, "Set", &format!("({size})"));
                keys = self.visible_props(obj);
                formatter = Formatter::Set;
                if *size == 0 && keys.is_empty() && no_proto {
                    return format!("{prefix}{{}}");
                }
                braces = (format!("{prefix}{{"), "}");
            }
            ObjectKind::Map { size, .. } => {
                let prefix = Self::get_prefix(constructor, tag, "Map", &format!("({size})"));
                keys = self.visible_props(obj);
                formatter = Formatter::Map;
                if *size == 0 && keys.is_empty() && no_proto {
                    return format!("{prefix}{{}}");
                }
                braces = (format!("{prefix}{{"), "}");
            }
            ObjectKind::TypedArray { kind, length, .. } => {
                keys = self.visible_props(obj);
                let fallback = if constructor.is_none() {
                    kind.name()
                } else {
                    ""
                };
                let prefix = Self::get_prefix(constructor, tag, fallback, &format!("({length})"));
                braces = (format!("{prefix}["), "]");
                if *length == 0 && keys.is_empty() && !self.o.show_hidden {
                    return format!("{}]", braces.0);
                }
                formatter = Formatter::TypedArray;
                extras = Extras::ArrayExtras;
            }
            ObjectKind::MapIterator(entries) | ObjectKind::SetIterator(entries) => {
                keys = self.visible_props(obj);
                let ty = if matches!(obj.kind, ObjectKind::MapIterator(_)) {
                    "Map"
                } else {
                    "Set"
                };
                // Node: getIteratorBraces.
                let mut t = tag.to_string();
                let want = format!("{ty} Iterator");
                if t != want {
                    if !t.is_empty() {
                        t.push_str("] [");
                    }
                    t.push_str(&want);
                }
                braces = (format!("[{t}] {{"), "}");
                formatter = Formatter::Iterator(entries);
            }
            _ => {
                keys = self.visible_props(obj);
                match &obj.kind {
                    ObjectKind::Function {
                        name,
                        kind,
                        extends,
                    } => {
                        base = Self::function_base(name, *kind, extends.as_ref(), constructor, tag);
                        if keys.is_empty() && no_proto {
                            return self.stylize(&base, Style::Special);
                        }
                    }
                    _ if constructor == Some("Object") => {
                        if matches!(obj.kind, ObjectKind::Arguments) {
                            braces.0 = "[Arguments] {".into();
                        } else if !tag.is_empty() {
                            braces.0 =
                                format!("{}{{", Self::get_prefix(constructor, tag, "Object", ""));
                        }
                        if keys.is_empty() && no_proto {
                            return format!("{}}}", braces.0);
                        }
                    }
                    ObjectKind::RegExp { source, flags } => {
                        base = format!("/{}/{}", source.to_string_lossy(), flags);
                        let prefix = Self::get_prefix(constructor, tag, "RegExp", "");
                        if prefix != "RegExp " {
                            base = format!("{prefix}{base}");
                        }
                        if (keys.is_empty() && no_proto) || self.exceeded(recurse_times) {
                            return self.stylize(&base, Style::RegExp);
                        }
                    }
                    ObjectKind::Date { time } => {
                        base = date_to_iso(*time).unwrap_or_else(|| "Invalid Date".into());
                        let prefix = Self::get_prefix(constructor, tag, "Date", "");
                        if prefix != "Date " {
                            base = format!("{prefix}{base}");
                        }
                        if keys.is_empty() && no_proto {
                            return self.stylize(&base, Style::Date);
                        }
                    }
                    ObjectKind::Error(info) => {
                        base = self.format_error(obj, info, constructor, tag, &mut keys);
                        if keys.is_empty() && no_proto {
                            return base;
                        }
                    }
                    ObjectKind::ArrayBuffer {
                        shared,
                        byte_length,
                        ..
                    } => {
                        let ty = if *shared {
                            "SharedArrayBuffer"
                        } else {
                            "ArrayBuffer"
                        };
                        let prefix = Self::get_prefix(constructor, tag, ty, "");
                        if !typed_array {
                            formatter = Formatter::ArrayBuffer;
                        } else if keys.is_empty() && no_proto {
                            return format!(
                                "{prefix}{{ byteLength: {} }}",
                                self.format_num(*byte_length as f64)
                            );
                        }
                        braces.0 = format!("{prefix}{{");
                        keys.insert(
                            0,
                            KeyRef::Synth("byteLength", Synth::Number(*byte_length as f64)),
                        );
                    }
                    ObjectKind::DataView {
                        byte_length,
                        byte_offset,
                        buffer,
                    } => {
                        braces.0 =
                            format!("{}{{", Self::get_prefix(constructor, tag, "DataView", ""));
                        keys.splice(
                            0..0,
                            [
                                KeyRef::Synth("byteLength", Synth::Number(*byte_length as f64)),
                                KeyRef::Synth("byteOffset", Synth::Number(*byte_offset as f64)),
                                KeyRef::Synth("buffer", Synth::Node(*buffer)),
                            ],
                        );
                    }
                    ObjectKind::Promise(_) => {
                        braces.0 =
                            format!("{}{{", Self::get_prefix(constructor, tag, "Promise", ""));
                        formatter = Formatter::Promise;
                    }
                    ObjectKind::WeakSet { values } => {
                        braces.0 =
                            format!("{}{{", Self::get_prefix(constructor, tag, "WeakSet", ""));
                        formatter = if self.o.show_hidden {
                            Formatter::WeakSet(values)
                        } else {
                            Formatter::WeakUnknown
                        };
                    }
                    ObjectKind::WeakMap { entries } => {
                        braces.0 =
                            format!("{}{{", Self::get_prefix(constructor, tag, "WeakMap", ""));
                        formatter = if self.o.show_hidden {
                            Formatter::WeakMap(entries)
                        } else {
                            Formatter::WeakUnknown
                        };
                    }
                    ObjectKind::ModuleNamespace => {
                        braces.0 =
                            format!("{}{{", Self::get_prefix(constructor, tag, "Module", ""));
                        // Node: namespace keys are all own names (TDZ ones too).
                        keys = obj.props.iter().map(KeyRef::Prop).collect();
                        formatter = Formatter::Namespace;
                    }
                    ObjectKind::Boxed(b) => {
                        if let Boxed::String(s) = b {
                            // Node: drop the index keys of boxed strings.
                            let n = s.len();
                            keys.retain(|k| !matches!(k, KeyRef::Prop(p) if index_key(&p.key).is_some_and(|i| i < n as u64)));
                        }
                        base = self.boxed_base(b, !keys.is_empty(), constructor, tag);
                        if keys.is_empty() && no_proto {
                            return base;
                        }
                    }
                    _ => {
                        if keys.is_empty() && no_proto {
                            return format!("{}{{}}", Self::ctx_style(obj, constructor, tag));
                        }
                        braces.0 = format!("{}{{", Self::ctx_style(obj, constructor, tag));
                    }
                }
            }
        }

        if self.exceeded(recurse_times) {
            let mut name = Self::ctx_style(obj, constructor, tag);
            name.pop();
            if constructor.is_some() {
                name = format!("[{name}]");
            }
            return self.stylize(&name, Style::Special);
        }
        recurse_times += 1;

        self.seen.push(id);
        self.current_depth = recurse_times;
        let mut output = match formatter {
            Formatter::Empty => Vec::new(),
            Formatter::Array => self.format_array(obj, recurse_times),
            Formatter::Set => self.format_set(obj, recurse_times),
            Formatter::Map => self.format_map(obj, recurse_times),
            Formatter::TypedArray => self.format_typed_array(obj, recurse_times),
            Formatter::Iterator(entries) => match entries {
                IterEntries::Pairs(pairs) => {
                    // Node: entry iterators are marked `[Map Entries] {`.
                    if let Some(stripped) = braces.0.strip_suffix(" Iterator] {") {
                        braces.0 = format!("{stripped} Entries] {{");
                    }
                    self.format_map_iter_inner(recurse_times, pairs, false)
                }
                IterEntries::Values(values) => {
                    self.format_set_iter_inner(recurse_times, values, false)
                }
            },
            Formatter::ArrayBuffer => self.format_array_buffer(obj),
            Formatter::Promise => self.format_promise(obj, recurse_times),
            Formatter::WeakUnknown => vec![self.stylize("<items unknown>", Style::Special)],
            Formatter::WeakSet(values) => self.format_set_iter_inner(recurse_times, values, true),
            Formatter::WeakMap(entries) => self.format_map_iter_inner(recurse_times, entries, true),
            Formatter::Namespace => {
                let out = keys
                    .iter()
                    .map(|k| self.format_namespace_entry(recurse_times, *k))
                    .collect();
                keys.clear();
                out
            }
        };
        for k in &keys {
            let s = self.format_property(recurse_times, *k, extras);
            output.push(s);
        }
        if let Some(pp) = proto_props {
            output.extend(pp);
        }
        if let Some(pos) = self.circular.iter().position(|c| *c == id) {
            let reference = self.stylize(&format!("<ref *{}>", pos + 1), Style::Special);
            if !self.compact_always() {
                base = if base.is_empty() {
                    reference
                } else {
                    format!("{reference} {base}")
                };
            } else {
                braces.0 = format!("{reference} {}", braces.0);
            }
        }
        self.seen.pop();

        if self.o.sorted {
            if extras == Extras::Object {
                self.sort_entries(&mut output);
            } else if keys.len() > 1 {
                let n = output.len() - keys.len().min(output.len());
                self.sort_entries(&mut output[n..]);
            }
        }

        // Node passes the object itself to reduceToSingleString; grouping pads
        // numbers to the left when every `value[i]` is a number or bigint.
        let kind = &obj.kind;
        let probe = move |i: usize| -> bool {
            match kind {
                ObjectKind::Array {
                    length,
                    items,
                    scanned,
                } => {
                    let i = i as u64;
                    if i >= *length {
                        return false;
                    }
                    match items.binary_search_by_key(&i, |(k, _)| *k) {
                        Ok(pos) => {
                            matches!(
                                g.get(items[pos].1),
                                Some(
                                    Node::Number(_)
                                        | Node::BigInt(_)
                                        | Node::ArrayAccessor { numeric: true, .. }
                                )
                            )
                        }
                        Err(_) => i >= *scanned,
                    }
                }
                ObjectKind::TypedArray { length, .. } => i < *length,
                _ => false,
            }
        };

        let res = self.reduce_to_single_string(
            output,
            &base,
            (&braces.0, braces.1),
            extras,
            recurse_times,
            Some(&probe),
        );
        // Node: budget per indentation level; past 2 ** 27 characters further
        // inspection is limited to the minimum.
        let entry = self.budget.entry(self.indentation_lvl).or_insert(0);
        *entry += js_len(&res);
        if *entry > (1 << 27) {
            self.o.depth = -1.0;
        }
        res
    }

    /// Node: `getFunctionBase` / `getClassBase`.
    fn function_base(
        name: &JsText,
        kind: FunctionKind,
        extends: Option<&JsText>,
        constructor: Option<&str>,
        tag: &str,
    ) -> String {
        let name = name.to_string_lossy();
        if kind == FunctionKind::Class {
            let shown = if name.is_empty() {
                "(anonymous)"
            } else {
                name.as_str()
            };
            let mut base = format!("class {shown}");
            if constructor != Some("Function")
                && let Some(c) = constructor
            {
                base.push_str(&format!(" [{c}]"));
            }
            if !tag.is_empty() && constructor != Some(tag) {
                base.push_str(&format!(" [{tag}]"));
            }
            if constructor.is_some() {
                if let Some(sup) = extends
                    && !sup.is_empty()
                {
                    base.push_str(&format!(" extends {}", sup.to_string_lossy()));
                }
            } else {
                base.push_str(" extends [null prototype]");
            }
            return format!("[{base}]");
        }
        let ty = match kind {
            FunctionKind::Generator => "GeneratorFunction",
            FunctionKind::Async => "AsyncFunction",
            FunctionKind::AsyncGenerator => "AsyncGeneratorFunction",
            _ => "Function",
        };
        let mut base = format!("[{ty}");
        if constructor.is_none() {
            base.push_str(" (null prototype)");
        }
        if name.is_empty() {
            base.push_str(" (anonymous)");
        } else {
            base.push_str(&format!(": {name}"));
        }
        base.push(']');
        if let Some(c) = constructor
            && c != ty
        {
            base.push_str(&format!(" {c}"));
        }
        if !tag.is_empty() && constructor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        base
    }

    /// Node: `getBoxedBase`.
    fn boxed_base(
        &self,
        b: &Boxed,
        has_keys: bool,
        constructor: Option<&str>,
        tag: &str,
    ) -> String {
        let (ty, prim) = match b {
            Boxed::Number(n) => ("Number", format_number(*n, self.o.numeric_separator)),
            Boxed::String(s) => ("String", self.format_string(s, true)),
            Boxed::Boolean(v) => ("Boolean", v.to_string()),
            Boxed::BigInt(d) => ("BigInt", format_bigint(d, self.o.numeric_separator)),
            Boxed::Symbol(d) => ("Symbol", String::from_utf16_lossy(&symbol_to_string(d))),
        };
        let mut base = format!("[{ty}");
        if constructor != Some(ty) {
            match constructor {
                None => base.push_str(" (null prototype)"),
                Some(c) => base.push_str(&format!(" ({c})")),
            }
        }
        base.push_str(&format!(": {prim}]"));
        if !tag.is_empty() && constructor != Some(tag) {
            base.push_str(&format!(" [{tag}]"));
        }
        if has_keys || !self.o.colors {
            return base;
        }
        let style = match b {
            Boxed::Number(_) => Style::Number,
            Boxed::String(_) => Style::String,
            Boxed::Boolean(_) => Style::Boolean,
            Boxed::BigInt(_) => Style::BigInt,
            Boxed::Symbol(_) => Style::Symbol,
        };
        self.stylize(&base, style)
    }

    // ----- per-kind formatters -----------------------------------------

    /// Node: `formatArray` / `formatSpecialArray`.
    fn format_array(&mut self, obj: &'g Object, rt: usize) -> Vec<String> {
        let ObjectKind::Array { length, items, .. } = &obj.kind else {
            return Vec::new();
        };
        let length = *length;
        let max_length = (self.o.max_array_length as u64).min(length);
        let mut output: Vec<String> = Vec::new();
        let mut index: u64 = 0;
        let mut pos = 0usize;
        let mut special = false;
        while (output.len() as u64) < max_length {
            let Some(&(i, v)) = items.get(pos) else {
                // Node: a hole (here: no further element) → formatSpecialArray.
                special = true;
                break;
            };
            if i != index {
                // Node: a hole switches to formatSpecialArray.
                special = true;
                let empty = i.saturating_sub(index);
                output.push(self.stylize(
                    &format!("<{empty} empty item{}>", if empty > 1 { "s" } else { "" }),
                    Style::Undefined,
                ));
                index = i;
                if output.len() as u64 == max_length {
                    break;
                }
            }
            let s = match self.g.get(v) {
                // Node: formatArray prints each element with formatProperty, so an accessor
                // element prints as its descriptor does.
                Some(Node::ArrayAccessor { value, .. }) => {
                    self.property_value(rt, value, Extras::Array).0
                }
                _ => {
                    self.indentation_lvl += 2;
                    let s = self.format_value(v, rt, false);
                    self.indentation_lvl -= 2;
                    s
                }
            };
            output.push(s);
            index += 1;
            pos += 1;
        }
        let remaining = length.saturating_sub(index);
        if special && output.len() as u64 != max_length {
            if remaining > 0 {
                output.push(self.stylize(
                    &format!(
                        "<{remaining} empty item{}>",
                        if remaining > 1 { "s" } else { "" }
                    ),
                    Style::Undefined,
                ));
            }
        } else if remaining > 0 {
            output.push(remaining_text(remaining as usize));
        }
        output
    }

    /// Node: `formatTypedArray`.
    fn format_typed_array(&mut self, obj: &'g Object, rt: usize) -> Vec<String> {
        let ObjectKind::TypedArray {
            kind,
            length,
            elements,
            byte_offset,
            buffer,
            ..
        } = &obj.kind
        else {
            return Vec::new();
        };
        let max_length = self.o.max_array_length.min(*length);
        let remaining = length - max_length;
        let mut output: Vec<String> = match elements {
            TypedElements::Numbers(ns) => ns
                .iter()
                .take(max_length)
                .map(|n| self.format_num(*n))
                .collect(),
            TypedElements::BigInts(bs) => bs
                .iter()
                .take(max_length)
                .map(|b| self.format_big(b))
                .collect(),
        };
        if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        if self.o.show_hidden {
            self.indentation_lvl += 2;
            let bpe = kind.bytes_per_element();
            output.push(format!(
                "[BYTES_PER_ELEMENT]: {}",
                self.format_num(bpe as f64)
            ));
            output.push(format!("[length]: {}", self.format_num(*length as f64)));
            output.push(format!(
                "[byteLength]: {}",
                self.format_num((*length * bpe) as f64)
            ));
            output.push(format!(
                "[byteOffset]: {}",
                self.format_num(*byte_offset as f64)
            ));
            let b = match buffer {
                Some(b) => self.format_value(*b, rt, true),
                None => format!(
                    "ArrayBuffer {{ byteLength: {} }}",
                    self.format_num((*length * bpe) as f64)
                ),
            };
            output.push(format!("[buffer]: {b}"));
            self.indentation_lvl -= 2;
        }
        output
    }

    /// Node: `formatSet`.
    fn format_set(&mut self, obj: &'g Object, rt: usize) -> Vec<String> {
        let ObjectKind::Set { size, values } = &obj.kind else {
            return Vec::new();
        };
        let max_length = self.o.max_array_length.min(*size);
        let mut output = Vec::new();
        self.indentation_lvl += 2;
        for v in values.iter().take(max_length) {
            let s = self.format_value(*v, rt, false);
            output.push(s);
        }
        if size - max_length > 0 {
            output.push(remaining_text(size - max_length));
        }
        self.indentation_lvl -= 2;
        output
    }

    /// Node: `formatMap`.
    fn format_map(&mut self, obj: &'g Object, rt: usize) -> Vec<String> {
        let ObjectKind::Map { size, entries } = &obj.kind else {
            return Vec::new();
        };
        let max_length = self.o.max_array_length.min(*size);
        let mut output = Vec::new();
        self.indentation_lvl += 2;
        for (k, v) in entries.iter().take(max_length) {
            let ks = self.format_value(*k, rt, false);
            let vs = self.format_value(*v, rt, false);
            output.push(format!("{ks} => {vs}"));
        }
        if size - max_length > 0 {
            output.push(remaining_text(size - max_length));
        }
        self.indentation_lvl -= 2;
        output
    }

    /// Node: `formatSetIterInner` (`weak`: WeakSet with showHidden, sorted output).
    fn format_set_iter_inner(
        &mut self,
        rt: usize,
        entries: &'g [NodeId],
        weak: bool,
    ) -> Vec<String> {
        let max_length = self.o.max_array_length.min(entries.len());
        self.indentation_lvl += 2;
        let mut output: Vec<String> = Vec::with_capacity(max_length);
        for e in &entries[..max_length] {
            let s = self.format_value(*e, rt, false);
            output.push(s);
        }
        self.indentation_lvl -= 2;
        if weak && !self.o.sorted {
            output.sort_by(|a, b| super::strings::js_cmp(a, b));
        }
        let remaining = entries.len() - max_length;
        if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        output
    }

    /// Node: `formatMapIterInner` (`weak`: `k => v` sorted; else `[ k, v ]`).
    fn format_map_iter_inner(
        &mut self,
        rt: usize,
        entries: &'g [(NodeId, NodeId)],
        weak: bool,
    ) -> Vec<String> {
        let max_length = self.o.max_array_length.min(entries.len());
        let remaining = entries.len() - max_length;
        let mut output = Vec::with_capacity(max_length);
        self.indentation_lvl += 2;
        for (k, v) in &entries[..max_length] {
            let ks = self.format_value(*k, rt, false);
            let vs = self.format_value(*v, rt, false);
            if weak {
                output.push(format!("{ks} => {vs}"));
            } else {
                let s = self.reduce_to_single_string(
                    vec![ks, vs],
                    "",
                    ("[", "]"),
                    Extras::ArrayExtras,
                    rt,
                    None,
                );
                output.push(s);
            }
        }
        if weak && !self.o.sorted {
            output.sort_by(|a, b| super::strings::js_cmp(a, b));
        }
        self.indentation_lvl -= 2;
        if remaining > 0 {
            output.push(remaining_text(remaining));
        }
        output
    }

    /// Node: `formatArrayBuffer`: `[Uint8Contents]: <00 01>`.
    fn format_array_buffer(&mut self, obj: &'g Object) -> Vec<String> {
        let ObjectKind::ArrayBuffer {
            byte_length, bytes, ..
        } = &obj.kind
        else {
            return Vec::new();
        };
        let Some(bytes) = bytes else {
            return vec![self.stylize("(detached)", Style::Special)];
        };
        let shown = self.o.max_array_length.min(*byte_length);
        let mut s = bytes
            .iter()
            .take(shown)
            .map(|b| format!("{b:02x}"))
            .collect::<Vec<_>>()
            .join(" ");
        if *byte_length > self.o.max_array_length {
            let remaining = byte_length - self.o.max_array_length;
            s.push_str(&format!(
                " ... {remaining} more byte{}",
                if remaining > 1 { "s" } else { "" }
            ));
        }
        vec![format!(
            "{}: <{s}>",
            self.stylize("[Uint8Contents]", Style::Special)
        )]
    }

    /// Node: `formatPromise`.
    fn format_promise(&mut self, obj: &'g Object, rt: usize) -> Vec<String> {
        let ObjectKind::Promise(state) = &obj.kind else {
            return Vec::new();
        };
        match state {
            PromiseState::Pending => vec![self.stylize("<pending>", Style::Special)],
            PromiseState::Fulfilled(v) | PromiseState::Rejected(v) => {
                self.indentation_lvl += 2;
                let s = self.format_value(*v, rt, false);
                self.indentation_lvl -= 2;
                if matches!(state, PromiseState::Rejected(_)) {
                    vec![format!(
                        "{} {s}",
                        self.stylize("<rejected>", Style::Special)
                    )]
                } else {
                    vec![s]
                }
            }
        }
    }

    /// Node: `formatNamespaceObject` entry (TDZ bindings print `<uninitialized>`).
    fn format_namespace_entry(&mut self, rt: usize, key: KeyRef<'g>) -> String {
        if let KeyRef::Prop(p) = key
            && let PropValue::Uninitialized = p.value
        {
            let name = self.key_name(&p.key, true);
            return format!(
                "{name}: {}",
                self.stylize("<uninitialized>", Style::Special)
            );
        }
        self.format_property(rt, key, Extras::Object)
    }

    // ----- errors -------------------------------------------------------

    /// Node: `formatError` (with `removeDuplicateErrorKeys`, `improveStack`,
    /// `getStackFrames`); the stack is printed as is, re-indented.
    fn format_error(
        &mut self,
        obj: &'g Object,
        info: &'g ErrorInfo,
        constructor: Option<&str>,
        tag: &str,
        keys: &mut Vec<KeyRef<'g>>,
    ) -> String {
        let g = self.g;
        let name = info.name.to_string_lossy();
        let mut stack = info.stack.to_string_lossy();

        // Node: removeDuplicateErrorKeys.
        if !self.o.show_hidden && !keys.is_empty() {
            for field in ["name", "message", "stack"] {
                if let Some(idx) = keys.iter().position(|k| k.is_named(field)) {
                    let included = match keys[idx] {
                        KeyRef::Prop(Property {
                            value: PropValue::Data(v),
                            ..
                        }) => g
                            .get(*v)
                            .and_then(primitive_js_string)
                            .is_some_and(|s| stack.contains(&s)),
                        _ => false,
                    };
                    if included {
                        keys.remove(idx);
                    }
                }
            }
        }
        // Node: `'cause' in err` adds the key (own non-enumerable or inherited).
        let own_cause = obj
            .props
            .iter()
            .find(|p| matches!(&p.key, PropKey::String(s) if s == &JsText::from("cause")));
        if !keys.iter().any(|k| k.is_named("cause")) {
            if let Some(p) = own_cause {
                keys.push(KeyRef::Prop(p));
            } else if let Some(c) = info.inherited_cause {
                keys.push(KeyRef::Synth("cause", Synth::Node(c)));
            }
        }
        // Node: aggregated errors (`ArrayIsArray(err.errors)`).
        if let Some(p) = obj
            .props
            .iter()
            .find(|p| matches!(&p.key, PropKey::String(s) if s == &JsText::from("errors")))
        {
            let is_array = matches!(&p.value, PropValue::Data(v) if matches!(g.get(*v), Some(Node::Object(o)) if matches!(o.kind, ObjectKind::Array { .. })));
            if is_array && !keys.iter().any(|k| k.is_named("errors")) {
                keys.push(KeyRef::Prop(p));
            }
        }

        stack = improve_stack(stack, constructor, &name, tag);

        // Node: ignore the message if it's contained in the stack.
        let message = info.message.as_ref().map(JsText::to_string_lossy);
        let mut pos: Option<usize> = None;
        if let Some(m) = &message
            && let Some(p) = stack.find(m.as_str())
            && p != 0
        {
            pos = Some(p + m.len());
        }
        let from = pos.unwrap_or(0).min(stack.len());
        let stack_start = if stack.is_char_boundary(from) {
            stack[from..].find("\n    at").map(|i| i + from)
        } else {
            stack.find("\n    at")
        };
        match stack_start {
            None => stack = format!("[{stack}]"),
            Some(start) => {
                let mut new_stack = stack[..start].to_string();
                let frames_part = &stack[start + 1..];
                let cause_node = own_cause
                    .and_then(|p| {
                        if let PropValue::Data(v) = p.value {
                            Some(v)
                        } else {
                            None
                        }
                    })
                    .or(info.inherited_cause);
                let lines = self.stack_frames(frames_part, cause_node);
                new_stack.push('\n');
                new_stack.push_str(&lines.join("\n"));
                stack = new_stack;
            }
        }
        // Node: the message and the stack have to be indented as well.
        if self.indentation_lvl != 0 {
            stack = stack.replace('\n', &format!("\n{}", self.indent()));
        }
        stack
    }

    /// Node: `getStackFrames` — frames shared with the cause's stack collapse
    /// to `... N lines matching cause stack trace ...`.
    fn stack_frames(&self, stack: &str, cause: Option<NodeId>) -> Vec<String> {
        let mut frames: Vec<String> = stack.split('\n').map(str::to_string).collect();
        let cause_stack = cause.and_then(|c| match self.g.get(c) {
            Some(Node::Object(o)) => match &o.kind {
                ObjectKind::Error(ci) => Some(ci.stack.to_string_lossy()),
                _ => None,
            },
            _ => None,
        });
        if let Some(cs) = cause_stack
            && let Some(cstart) = cs.find("\n    at")
        {
            let cause_frames: Vec<&str> = cs[cstart + 1..].split('\n').collect();
            let (len, offset) = identical_sequence_range(&frames, &cause_frames);
            if len > 0 {
                let skipped = len - 2;
                let msg = format!("    ... {skipped} lines matching cause stack trace ...");
                let end = (offset + 1 + skipped).min(frames.len());
                frames.splice(offset + 1..end, [self.stylize(&msg, Style::Undefined)]);
            }
        }
        frames
    }

    // ----- properties ---------------------------------------------------

    /// Node: the key part of `formatProperty`.
    fn key_name(&self, key: &PropKey, enumerable: bool) -> String {
        match key {
            PropKey::Symbol(d) => {
                let s = escape_unquoted(&symbol_to_string(d));
                format!("[{}]", self.stylize(&s, Style::Symbol))
            }
            PropKey::String(s) => {
                if s.units().iter().copied().eq("__proto__".encode_utf16()) {
                    "['__proto__']".to_string()
                } else if !enumerable {
                    format!("[{}]", escape_unquoted(s.units()))
                } else if is_identifier_key(s.units()) {
                    self.stylize(&s.to_string_lossy(), Style::Name)
                } else {
                    self.stylize(&str_escape(s.units()), Style::String)
                }
            }
        }
    }

    fn format_property_owned(&mut self, rt: usize, p: &Property, ty: Extras) -> String {
        // Same as format_property for a property not borrowed from the graph.
        let (name_key, enumerable) = (&p.key, p.enumerable);
        let (s, extra) = self.property_value(rt, &p.value, ty);
        if ty == Extras::Array {
            return s;
        }
        format!("{}:{extra}{s}", self.key_name(name_key, enumerable))
    }

    /// Node: `formatProperty`.
    pub(super) fn format_property(&mut self, rt: usize, key: KeyRef<'g>, ty: Extras) -> String {
        match key {
            KeyRef::Prop(p) => self.format_property_owned(rt, p, ty),
            KeyRef::Synth(name, v) => {
                let (s, extra) = match v {
                    Synth::Number(n) => (self.format_num(n), " ".to_string()),
                    Synth::Node(id) => self.property_value(rt, &PropValue::Data(id), ty),
                };
                if ty == Extras::Array {
                    return s;
                }
                format!(
                    "{}:{extra}{s}",
                    self.key_name(&PropKey::String(JsText::from(name)), true)
                )
            }
        }
    }

    /// The value part of `formatProperty` and the separator after the colon.
    fn property_value(&mut self, rt: usize, value: &PropValue, ty: Extras) -> (String, String) {
        let mut extra = " ".to_string();
        let s = match value {
            PropValue::Data(v) => {
                let diff = if !self.compact_always() || ty != Extras::Object {
                    2
                } else {
                    3
                };
                self.indentation_lvl += diff;
                let s = self.format_value(*v, rt, false);
                if diff == 3 && self.o.break_length < string_width(&s, self.o.colors) as f64 {
                    extra = format!("\n{}", self.indent());
                }
                self.indentation_lvl -= diff;
                s
            }
            PropValue::Accessor {
                get: true,
                set,
                value,
            } => {
                let label = if *set { "Getter/Setter" } else { "Getter" };
                match value {
                    Some(result) if self.o.getters.applies(*set) => match result {
                        GetterResult::Threw(msg) => format!(
                            "{} <Inspection threw ({})>{}",
                            self.stylize(&format!("[{label}:"), Style::Special),
                            msg.to_string_lossy(),
                            self.stylize("]", Style::Special)
                        ),
                        GetterResult::Value(v) => {
                            self.indentation_lvl += 2;
                            let g = self.g;
                            let is_fn = matches!(g.get(*v), Some(Node::Object(o)) if matches!(o.kind, ObjectKind::Function { .. }));
                            if is_fn {
                                // Node passes a function result to formatPrimitive,
                                // whose Symbol.prototype.toString throws; the catch
                                // prints the message and the `+= 2` indentation is
                                // never undone (kept for fidelity).
                                return (
                                    format!(
                                        "{} <Inspection threw (Symbol.prototype.toString requires that 'this' be a Symbol)>{}",
                                        self.stylize(&format!("[{label}:"), Style::Special),
                                        self.stylize("]", Style::Special)
                                    ),
                                    extra,
                                );
                            }
                            let s = match g.get(*v) {
                                Some(Node::Null) => format!(
                                    "{} {}{}",
                                    self.stylize(&format!("[{label}:"), Style::Special),
                                    self.stylize("null", Style::Null),
                                    self.stylize("]", Style::Special)
                                ),
                                Some(n) if self.format_primitive(n, false).is_some() => {
                                    let p = self.format_primitive(n, false).unwrap_or_default();
                                    format!(
                                        "{} {p}{}",
                                        self.stylize(&format!("[{label}:"), Style::Special),
                                        self.stylize("]", Style::Special)
                                    )
                                }
                                _ => {
                                    let inner = self.format_value(*v, rt, false);
                                    format!(
                                        "{} {inner}",
                                        self.stylize(&format!("[{label}]"), Style::Special)
                                    )
                                }
                            };
                            self.indentation_lvl -= 2;
                            s
                        }
                    },
                    _ => self.stylize(&format!("[{label}]"), Style::Special),
                }
            }
            PropValue::Accessor {
                get: false,
                set: true,
                ..
            } => self.stylize("[Setter]", Style::Special),
            PropValue::Accessor { .. } => self.stylize("undefined", Style::Undefined),
            PropValue::Uninitialized => self.stylize("<uninitialized>", Style::Special),
        };
        (s, extra)
    }
}

/// Node: `remainingText`.
pub(super) fn remaining_text(remaining: usize) -> String {
    format!(
        "... {remaining} more item{}",
        if remaining > 1 { "s" } else { "" }
    )
}

/// A canonical array index key (`'0'`, `'12'`), as a number.
fn index_key(key: &PropKey) -> Option<u64> {
    let PropKey::String(s) = key else { return None };
    let u = s.units();
    if u.is_empty() || u.len() > 10 || (u.len() > 1 && u[0] == b'0' as u16) {
        return None;
    }
    let mut n: u64 = 0;
    for &c in u {
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        n = n * 10 + (c - b'0' as u16) as u64;
    }
    Some(n)
}

/// `String(v)` for primitives (used to compare error keys with the stack).
fn primitive_js_string(n: &Node) -> Option<String> {
    Some(match n {
        Node::String(s) => s.to_string_lossy(),
        Node::Number(x) => js_number_to_string(*x),
        Node::Boolean(b) => b.to_string(),
        Node::Undefined => "undefined".into(),
        Node::Null => "null".into(),
        Node::BigInt(d) => d.clone(),
        _ => return None,
    })
}

/// Node: `identicalSequenceRange`.
fn identical_sequence_range<A: AsRef<str>, B: AsRef<str>>(a: &[A], b: &[B]) -> (usize, usize) {
    if a.len() > 3 {
        for i in 0..a.len() - 3 {
            if let Some(pos) = b.iter().position(|x| x.as_ref() == a[i].as_ref()) {
                let rest = b.len() - pos;
                if rest > 3 {
                    let mut len = 1;
                    let max_len = (a.len() - i).min(rest);
                    while max_len > len && a[i + len].as_ref() == b[pos + len].as_ref() {
                        len += 1;
                    }
                    if len > 3 {
                        return (len, i);
                    }
                }
            }
        }
    }
    (0, 0)
}

/// Node: `improveStack` — make the first line name the constructor when the
/// stack does not (`Foo [TypeError]: msg`, null-prototype errors).
fn improve_stack(stack: String, constructor: Option<&str>, name: &str, tag: &str) -> String {
    let mut len = name.len();
    let regular = name.ends_with("Error")
        && stack.starts_with(name)
        && (stack.len() == len
            || stack
                .as_bytes()
                .get(len)
                .is_some_and(|&b| b == b':' || b == b'\n'));
    if !(constructor.is_none() || regular) {
        return stack;
    }
    let mut fallback = "Error".to_string();
    if constructor.is_none() {
        let found = stack_name_prefix(&stack).or_else(|| {
            let all = stack
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            (all && stack.ends_with("Error")).then(|| stack.clone())
        });
        let f = found.unwrap_or_default();
        len = f.len();
        fallback = if f.is_empty() { "Error".into() } else { f };
    }
    let mut prefix = Ctx::get_prefix(constructor, tag, &fallback, "");
    prefix.pop();
    if name == prefix {
        return stack;
    }
    let rest = if stack.is_char_boundary(len.min(stack.len())) {
        &stack[len.min(stack.len())..]
    } else {
        ""
    };
    if prefix.contains(name) {
        if len == 0 {
            format!("{prefix}: {stack}")
        } else {
            format!("{prefix}{rest}")
        }
    } else {
        format!("{prefix} [{name}]{rest}")
    }
}

/// `/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/` — the name at the start of a stack.
fn stack_name_prefix(stack: &str) -> Option<String> {
    let b = stack.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let in_class = |c: u8| {
        c.is_ascii_alphanumeric() || matches!(c, b'_' | b' ' | b'[' | b']' | b'(' | b')' | b'-')
    };
    let mut end = 1;
    while end < b.len() && in_class(b[end]) {
        end += 1;
    }
    if end < 2 {
        return None;
    }
    let after = &stack[end..];
    if after.starts_with(':') || after.starts_with("\n    at") {
        Some(stack[..end].to_string())
    } else {
        None
    }
}
