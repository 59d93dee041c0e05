//! Unit tests. Every expected string was printed by node v20: `generated.rs`
//! comes from `gen.js` (captures each value of `cases.js` the way the runtime
//! must, and records `util.inspect` of it); the rest were copied from
//! `node -e` output.
use super::*;

#[rustfmt::skip]
mod generated;
mod handwritten;

/// `JsText` from a Rust string.
pub(crate) fn t(s: &str) -> JsText {
    JsText::from(s)
}

/// `JsText` from UTF-16 units (lone surrogates).
pub(crate) fn tu(units: &[u16]) -> JsText {
    JsText::from_utf16(units.to_vec())
}

/// An object node.
pub(crate) fn obj(constructor: Option<&str>, kind: ObjectKind, props: Vec<Property>) -> ObjBuilder {
    let mut o = Object::new(constructor, kind);
    o.props = props;
    ObjBuilder(o)
}

pub(crate) struct ObjBuilder(Object);

impl ObjBuilder {
    pub fn tag(mut self, tag: JsText, source: TagSource) -> Self {
        self.0.tag = tag;
        self.0.tag_source = source;
        self
    }
    pub fn n(self) -> Node {
        Node::Object(Box::new(self.0))
    }
    pub fn class(mut self, name: &str) -> Self {
        self.0.class_name = name.to_string();
        self
    }
}

impl From<ObjBuilder> for Node {
    fn from(b: ObjBuilder) -> Node {
        Node::Object(Box::new(b.0))
    }
}

pub(crate) fn check(g: &Graph, root: NodeId, o: &InspectOptions, expected: &str) {
    let got = inspect(g, root, o);
    assert_eq!(
        got, expected,
        "\n--- got ---\n{got}\n--- expected ---\n{expected}\n"
    );
}
