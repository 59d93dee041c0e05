//! The built-ins Boa has and Node 20's V8 (11.3) does not, taken away so a snippet fails as it
//! does in Node 20 (`TypeError: Object.groupBy is not a function`) instead of running.
//!
//! Each came to V8 after the version Node 20 ships: `Object.groupBy`/`Map.groupBy` and
//! `Promise.withResolvers` in 11.7–12.2, the `Set` methods in 12.2, `RegExp.escape`,
//! `Promise.try`, `JSON.rawJSON` and `Map.prototype.getOrInsert` later still. Node's own
//! modules (the prelude) use none of them. The iterator helpers (`[1].values().map(...)`) came
//! in V8 12.2 with the `Iterator` global, which this Boa does not define but whose prototype
//! (%IteratorPrototype%, every built-in iterator's grandparent) carries them, with a
//! `constructor` and `Symbol.toStringTag` V8 11.3's lacks. Also taken: Boa's own, enumerable
//! `RegExp.prototype.lastIndex`, which no version of V8 has (a regexp's `lastIndex` is its own).

use boa_engine::{Context, JsResult, JsString, JsSymbol, js_string};

/// `(owner, on its prototype?, names)`: what to delete.
const NEWER_THAN_NODE_20: &[(&str, bool, &[&str])] = &[
    ("Object", false, &["groupBy"]),
    ("Map", false, &["groupBy"]),
    ("Promise", false, &["withResolvers", "try"]),
    ("RegExp", false, &["escape"]),
    ("JSON", false, &["rawJSON", "isRawJSON"]),
    ("Map", true, &["getOrInsert", "getOrInsertComputed"]),
    ("RegExp", true, &["lastIndex"]),
    ("WeakMap", true, &["getOrInsert", "getOrInsertComputed"]),
    (
        "Set",
        true,
        &[
            "union",
            "intersection",
            "difference",
            "symmetricDifference",
            "isSubsetOf",
            "isSupersetOf",
            "isDisjointFrom",
        ],
    ),
];

/// What %IteratorPrototype% has in V8 12.2 and later, and not in Node 20.
const ITERATOR_HELPERS: &[&str] = &[
    "map",
    "filter",
    "take",
    "drop",
    "flatMap",
    "reduce",
    "toArray",
    "forEach",
    "some",
    "every",
    "find",
    "constructor",
];

/// Delete every listed built-in that this Boa has.
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    for &(owner, on_prototype, names) in NEWER_THAN_NODE_20 {
        let mut target = global.get(JsString::from(owner), context)?;
        if on_prototype && let Some(object) = target.as_object() {
            target = object.get(js_string!("prototype"), context)?;
        }
        let Some(target) = target.as_object() else {
            continue;
        };
        for &name in names {
            target.delete_property_or_throw(JsString::from(name), context)?;
        }
    }
    let iterator_prototype = context.intrinsics().constructors().iterator().prototype();
    for &name in ITERATOR_HELPERS {
        iterator_prototype.delete_property_or_throw(JsString::from(name), context)?;
    }
    iterator_prototype.delete_property_or_throw(JsSymbol::to_string_tag(), context)?;
    Ok(())
}
