//! The captured value model: an arena of nodes that the runtime fills in by
//! walking the JS heap, and that the formatter reads without touching the engine.
//!
//! Objects are referred to by [`NodeId`], so cycles are representable: within one
//! path from the root, the runtime gives one object one id, which is how the
//! formatter finds `[Circular *1]`. An object met at several places may be captured
//! once per place (as Node formats it afresh at each); [`Object::identity`] then ties
//! the captures together, so `<ref *1>` is numbered per object.

use super::strings::JsText;

/// Index of a node in [`Graph::nodes`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NodeId(pub u32);

/// The arena holding every captured value.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    pub nodes: Vec<Node>,
}

/// A graph plus the value to print, e.g. what a `util.format` host hands back.
#[derive(Clone, Debug, Default)]
pub struct Captured {
    pub graph: Graph,
    pub root: NodeId,
}

impl Graph {
    pub fn new() -> Self {
        Graph { nodes: Vec::new() }
    }

    /// Appends a node and returns its id.
    pub fn add(&mut self, node: Node) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(node);
        id
    }

    /// Reserves an id (holding [`Node::NotCaptured`]) to be filled by [`Graph::set`]:
    /// lets the runtime hand out an object's id before its children are captured.
    pub fn reserve(&mut self) -> NodeId {
        self.add(Node::NotCaptured {
            constructor: Some("Object".into()),
        })
    }

    /// Replaces the node at `id` (ignored if `id` is out of range).
    pub fn set(&mut self, id: NodeId, node: Node) {
        if let Some(slot) = self.nodes.get_mut(id.0 as usize) {
            *slot = node;
        }
    }

    pub fn get(&self, id: NodeId) -> Option<&Node> {
        self.nodes.get(id.0 as usize)
    }

    /// Convenience: adds a string primitive.
    pub fn string(&mut self, s: &str) -> NodeId {
        self.add(Node::String(JsText::from(s)))
    }

    /// Convenience: adds a number primitive.
    pub fn number(&mut self, n: f64) -> NodeId {
        self.add(Node::Number(n))
    }

    /// Convenience: adds an object node.
    pub fn object(&mut self, obj: Object) -> NodeId {
        self.add(Node::Object(Box::new(obj)))
    }
}

/// One captured value.
#[derive(Clone, Debug)]
pub enum Node {
    Undefined,
    Null,
    Boolean(bool),
    Number(f64),
    /// Decimal digits with an optional leading `-`, without the `n`.
    BigInt(String),
    String(JsText),
    /// The symbol's description (`None` for `Symbol()`).
    Symbol(Option<JsText>),
    Object(Box<Object>),
    /// `[Symbol(nodejs.util.inspect.custom)]` was already called by the runtime.
    Custom(Custom),
    /// An object the runtime did not capture (deeper than `depth + 1`). Printed
    /// like a depth-exceeded object: `[Foo]`, or `[Object: null prototype]`
    /// when `constructor` is `None`. Well-behaved captures never make the
    /// formatter print one.
    NotCaptured {
        constructor: Option<String>,
    },
    /// An array element that is an accessor property (only as an [`ObjectKind::Array`]
    /// item): Node's formatArray prints it through formatProperty, as `[Getter]`,
    /// `[Setter]` or, with `getters`, `[Getter: value]`. `numeric`: reading the element
    /// gives a number or bigint (groupArrayElements reads `value[i]` to align columns).
    ArrayAccessor {
        value: PropValue,
        numeric: bool,
    },
}

/// The result of a user `[util.inspect.custom](depth, options, inspect)` call
/// that did not return the object itself.
#[derive(Clone, Debug)]
pub enum Custom {
    /// A string result: printed verbatim, newlines re-indented.
    Text(JsText),
    /// Any other result: inspected in place of the object.
    Value(NodeId),
}

/// Where `value[Symbol.toStringTag]` came from (Node only prints inherited,
/// or with showHidden non-enumerable own, tags; otherwise the key prints it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TagSource {
    #[default]
    Inherited,
    Own {
        enumerable: bool,
    },
}

/// An object (anything `typeof` calls `object` or `function`).
#[derive(Clone, Debug)]
pub struct Object {
    /// Node's `getConstructorName`: the `name` of the first `constructor` own
    /// property on the prototype chain (object included) that is a function
    /// with a non-empty name the object is an instance of. `None` when the
    /// chain has none and ends in `null` (null prototype). For a chain without
    /// a usable constructor that does not end in null, pass Node's text, e.g.
    /// `Object <[Object: null prototype] {}>`.
    pub constructor: Option<String>,
    /// V8's class name of the object (`internalGetConstructorName`), only used
    /// for null-prototype objects: `[Foo: null prototype] {}`. Usually "Object".
    pub class_name: String,
    /// `value[Symbol.toStringTag]` when that is a string (else empty).
    pub tag: JsText,
    pub tag_source: TagSource,
    /// Own properties, in `Reflect.ownKeys` order (strings, then symbols),
    /// without array/typed-array/boxed-string index keys. Non-enumerable ones
    /// are only printed with showHidden (runtime may omit them otherwise),
    /// except an Error's own `cause` and `errors`, which must always be given.
    pub props: Vec<Property>,
    /// With showHidden only: non-function properties of user-defined
    /// prototypes (Node's `addPrototypeProperties`: up to three layers, stopping
    /// at a builtin constructor, skipping `constructor` and shadowed keys).
    pub proto_props: Vec<Property>,
    pub kind: ObjectKind,
    /// Set when the same JavaScript object was captured more than once (Node formats an
    /// object afresh at each place it is met): the node of its first capture, which stands
    /// for the object in `ctx.seen` and `ctx.circular` (one `<ref *N>` number per object).
    pub identity: Option<NodeId>,
}

impl Object {
    /// An ordinary object with the given constructor name.
    pub fn new(constructor: Option<&str>, kind: ObjectKind) -> Self {
        Object {
            constructor: constructor.map(str::to_string),
            class_name: "Object".into(),
            tag: JsText::default(),
            tag_source: TagSource::Inherited,
            props: Vec::new(),
            proto_props: Vec::new(),
            kind,
            identity: None,
        }
    }

    /// `{}`-like object with constructor `Object`.
    pub fn plain() -> Self {
        Object::new(Some("Object"), ObjectKind::Plain)
    }

    /// Appends an enumerable string-keyed data property.
    pub fn with(mut self, key: &str, value: NodeId) -> Self {
        self.props.push(Property::data(key, value));
        self
    }

    pub fn with_prop(mut self, prop: Property) -> Self {
        self.props.push(prop);
        self
    }
}

/// A property key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PropKey {
    String(JsText),
    /// A symbol key, by description.
    Symbol(Option<JsText>),
}

/// One own property.
#[derive(Clone, Debug)]
pub struct Property {
    pub key: PropKey,
    pub value: PropValue,
    pub enumerable: bool,
}

impl Property {
    pub fn data(key: &str, value: NodeId) -> Self {
        Property {
            key: PropKey::String(JsText::from(key)),
            value: PropValue::Data(value),
            enumerable: true,
        }
    }
}

/// A property's descriptor, as far as printing needs it.
#[derive(Clone, Debug)]
pub enum PropValue {
    Data(NodeId),
    /// Accessor: `[Getter]`, `[Setter]`, `[Getter/Setter]`. `value` is the
    /// getter's result, to be filled only when the `getters` option asks for it
    /// (`true`, or `'get'` for getter-only, `'set'` for getter+setter).
    Accessor {
        get: bool,
        set: bool,
        value: Option<GetterResult>,
    },
    /// A module namespace binding still in its TDZ: `<uninitialized>`.
    Uninitialized,
}

#[derive(Clone, Debug)]
pub enum GetterResult {
    Value(NodeId),
    /// The getter threw; the thrown error's `message`.
    Threw(JsText),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    Normal,
    Async,
    Generator,
    AsyncGenerator,
    /// `Function.prototype.toString` starts with `class` (and ends with `}`).
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TypedArrayKind {
    Int8,
    Uint8,
    Uint8Clamped,
    Int16,
    Uint16,
    Int32,
    Uint32,
    Float32,
    Float64,
    BigInt64,
    BigUint64,
}

impl TypedArrayKind {
    pub fn name(self) -> &'static str {
        match self {
            TypedArrayKind::Int8 => "Int8Array",
            TypedArrayKind::Uint8 => "Uint8Array",
            TypedArrayKind::Uint8Clamped => "Uint8ClampedArray",
            TypedArrayKind::Int16 => "Int16Array",
            TypedArrayKind::Uint16 => "Uint16Array",
            TypedArrayKind::Int32 => "Int32Array",
            TypedArrayKind::Uint32 => "Uint32Array",
            TypedArrayKind::Float32 => "Float32Array",
            TypedArrayKind::Float64 => "Float64Array",
            TypedArrayKind::BigInt64 => "BigInt64Array",
            TypedArrayKind::BigUint64 => "BigUint64Array",
        }
    }

    pub fn bytes_per_element(self) -> usize {
        match self {
            TypedArrayKind::Int8 | TypedArrayKind::Uint8 | TypedArrayKind::Uint8Clamped => 1,
            TypedArrayKind::Int16 | TypedArrayKind::Uint16 => 2,
            TypedArrayKind::Int32 | TypedArrayKind::Uint32 | TypedArrayKind::Float32 => 4,
            _ => 8,
        }
    }
}

/// Typed array elements (only the first `max_array_length` are needed).
#[derive(Clone, Debug)]
pub enum TypedElements {
    Numbers(Vec<f64>),
    /// Decimal strings, for BigInt64Array / BigUint64Array.
    BigInts(Vec<String>),
}

/// Entries of a Map/Set iterator, from V8's `previewEntries` (remaining ones). All of them
/// are needed, for the `... N more items` count; past `max_array_length` they are only
/// counted, so the runtime may give any node there.
#[derive(Clone, Debug)]
pub enum IterEntries {
    /// `map.keys()`, `map.values()`, `set.values()`: `[Map Iterator] { 1 }`.
    Values(Vec<NodeId>),
    /// `map.entries()`, `set.entries()`: `[Map Entries] { [ 'a', 1 ] }`.
    Pairs(Vec<(NodeId, NodeId)>),
}

#[derive(Clone, Debug)]
pub enum PromiseState {
    Pending,
    Fulfilled(NodeId),
    Rejected(NodeId),
}

#[derive(Clone, Debug)]
pub enum Boxed {
    Number(f64),
    String(JsText),
    Boolean(bool),
    /// Decimal digits.
    BigInt(String),
    Symbol(Option<JsText>),
}

/// What an Error needs beyond its properties.
#[derive(Clone, Debug, Default)]
pub struct ErrorInfo {
    /// `err.name != null ? String(err.name) : 'Error'`.
    pub name: JsText,
    /// `err.message` when truthy (stringified), else `None`.
    pub message: Option<JsText>,
    /// `err.stack ? String(err.stack) : Error.prototype.toString.call(err)`.
    pub stack: JsText,
    /// `err.cause` when `'cause' in err` holds only through the prototype chain
    /// (an own `cause` goes in `props`, enumerable or not).
    pub inherited_cause: Option<NodeId>,
}

/// The exotic part of an object.
#[derive(Clone, Debug)]
pub enum ObjectKind {
    /// Ordinary objects, class instances, `globalThis` (constructor `Object`, tag `global`).
    Plain,
    /// An `arguments` object (its index keys are ordinary props: `[Arguments] { '0': 1 }`).
    Arguments,
    /// `Array.isArray` objects. `items`: present elements `(index, value)`,
    /// ascending. `scanned`: every index below it was examined, so a missing one
    /// is a hole. Capture at least min(length, max_array_length + 1 + extra keys)
    /// indices: elements past max_array_length are only checked to be numbers
    /// (for column alignment); unscanned indices count as numbers.
    Array {
        length: u64,
        items: Vec<(u64, NodeId)>,
        scanned: u64,
    },
    /// `name`: `f.name` (for classes: the own `name` property when truthy,
    /// else empty). `extends` (classes only): `Object.getPrototypeOf(f).name`
    /// when truthy, i.e. the parent class name.
    Function {
        name: JsText,
        kind: FunctionKind,
        extends: Option<JsText>,
    },
    /// `entries`: the first max_array_length entries; `size`: the real size.
    Map {
        size: usize,
        entries: Vec<(NodeId, NodeId)>,
    },
    Set {
        size: usize,
        values: Vec<NodeId>,
    },
    /// `entries` only with showHidden (else `<items unknown>`).
    WeakMap {
        entries: Vec<(NodeId, NodeId)>,
    },
    WeakSet {
        values: Vec<NodeId>,
    },
    MapIterator(IterEntries),
    SetIterator(IterEntries),
    /// Time value in ms since the epoch (NaN for an invalid date).
    Date {
        time: f64,
    },
    RegExp {
        source: JsText,
        flags: String,
    },
    Error(ErrorInfo),
    Boxed(Boxed),
    Promise(PromiseState),
    /// `elements`: the first max_array_length values (for a Node Buffer at
    /// least the bytes `<Buffer ..>` shows). `node_buffer`: `Some(INSPECT_MAX_BYTES)` for a
    /// Node `Buffer` still inspected by lib/buffer.js's own `[util.inspect.custom]` (prints
    /// `<Buffer 68 69>` unless customInspect is off; its constructor name is used).
    /// `buffer`: its ArrayBuffer, only used with showHidden.
    TypedArray {
        kind: TypedArrayKind,
        length: usize,
        elements: TypedElements,
        byte_offset: usize,
        buffer: Option<NodeId>,
        node_buffer: Option<f64>,
    },
    /// `bytes`: the first max_array_length bytes; `None` if detached.
    ArrayBuffer {
        shared: bool,
        byte_length: usize,
        bytes: Option<Vec<u8>>,
    },
    DataView {
        byte_length: usize,
        byte_offset: usize,
        buffer: NodeId,
    },
    /// `target: None` for a revoked proxy.
    Proxy {
        target: Option<NodeId>,
        handler: Option<NodeId>,
    },
    /// `import * as ns`: props are all exports, `PropValue::Uninitialized` in TDZ.
    ModuleNamespace,
}
