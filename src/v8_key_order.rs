//! V8's order of the own keys of the built-ins, for `Object.getOwnPropertyNames` and
//! `Reflect.ownKeys`.
//!
//! Both engines list a built-in's keys in the order it defined them, and they define them in
//! different orders: V8 makes `constructor` first on a prototype and `length`, `name`,
//! `prototype` first on a constructor, Boa last, and the methods follow each engine's own
//! bootstrap (`Array.prototype`: V8 `length, constructor, at, concat, copyWithin, fill, ...`).
//! Boa's property maps cannot be reordered from outside (its `prototype`s are not
//! configurable, so they cannot be deleted and defined again), so the two functions that list
//! keys are wrapped: for a built-in listed here, the result is sorted by V8's order, keys V8
//! does not have (added by the script) after it in their own order, then the symbols.

use crate::bindings::wrap_method;
use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue};

/// Each built-in (a global, or a global's `prototype`) with its own string keys as Node
/// 20.20.2's V8 lists them (`Object.getOwnPropertyNames`, read from node).
const V8_ORDER: &[(&str, &[&str])] = &[
    (
        "Object",
        &[
            "length",
            "name",
            "prototype",
            "assign",
            "getOwnPropertyDescriptor",
            "getOwnPropertyDescriptors",
            "getOwnPropertyNames",
            "getOwnPropertySymbols",
            "hasOwn",
            "is",
            "preventExtensions",
            "seal",
            "create",
            "defineProperties",
            "defineProperty",
            "freeze",
            "getPrototypeOf",
            "setPrototypeOf",
            "isExtensible",
            "isFrozen",
            "isSealed",
            "keys",
            "entries",
            "fromEntries",
            "values",
        ],
    ),
    (
        "Object.prototype",
        &[
            "constructor",
            "__defineGetter__",
            "__defineSetter__",
            "hasOwnProperty",
            "__lookupGetter__",
            "__lookupSetter__",
            "isPrototypeOf",
            "propertyIsEnumerable",
            "toString",
            "valueOf",
            "__proto__",
            "toLocaleString",
        ],
    ),
    ("Function", &["length", "name", "prototype"]),
    (
        "Function.prototype",
        &[
            "length",
            "name",
            "arguments",
            "caller",
            "constructor",
            "apply",
            "bind",
            "call",
            "toString",
        ],
    ),
    (
        "Array",
        &["length", "name", "prototype", "isArray", "from", "of"],
    ),
    (
        "Array.prototype",
        &[
            "length",
            "constructor",
            "at",
            "concat",
            "copyWithin",
            "fill",
            "find",
            "findIndex",
            "findLast",
            "findLastIndex",
            "lastIndexOf",
            "pop",
            "push",
            "reverse",
            "shift",
            "unshift",
            "slice",
            "sort",
            "splice",
            "includes",
            "indexOf",
            "join",
            "keys",
            "entries",
            "values",
            "forEach",
            "filter",
            "flat",
            "flatMap",
            "map",
            "every",
            "some",
            "reduce",
            "reduceRight",
            "toLocaleString",
            "toString",
            "toReversed",
            "toSorted",
            "toSpliced",
            "with",
        ],
    ),
    (
        "String",
        &[
            "length",
            "name",
            "prototype",
            "fromCharCode",
            "fromCodePoint",
            "raw",
        ],
    ),
    (
        "String.prototype",
        &[
            "length",
            "constructor",
            "anchor",
            "at",
            "big",
            "blink",
            "bold",
            "charAt",
            "charCodeAt",
            "codePointAt",
            "concat",
            "endsWith",
            "fontcolor",
            "fontsize",
            "fixed",
            "includes",
            "indexOf",
            "isWellFormed",
            "italics",
            "lastIndexOf",
            "link",
            "localeCompare",
            "match",
            "matchAll",
            "normalize",
            "padEnd",
            "padStart",
            "repeat",
            "replace",
            "replaceAll",
            "search",
            "slice",
            "small",
            "split",
            "strike",
            "sub",
            "substr",
            "substring",
            "sup",
            "startsWith",
            "toString",
            "toWellFormed",
            "trim",
            "trimStart",
            "trimLeft",
            "trimEnd",
            "trimRight",
            "toLocaleLowerCase",
            "toLocaleUpperCase",
            "toLowerCase",
            "toUpperCase",
            "valueOf",
        ],
    ),
    (
        "Number",
        &[
            "length",
            "name",
            "prototype",
            "isFinite",
            "isInteger",
            "isNaN",
            "isSafeInteger",
            "parseFloat",
            "parseInt",
            "MAX_VALUE",
            "MIN_VALUE",
            "NaN",
            "NEGATIVE_INFINITY",
            "POSITIVE_INFINITY",
            "MAX_SAFE_INTEGER",
            "MIN_SAFE_INTEGER",
            "EPSILON",
        ],
    ),
    (
        "Number.prototype",
        &[
            "constructor",
            "toExponential",
            "toFixed",
            "toPrecision",
            "toString",
            "valueOf",
            "toLocaleString",
        ],
    ),
    ("Boolean", &["length", "name", "prototype"]),
    ("Boolean.prototype", &["constructor", "toString", "valueOf"]),
    (
        "Symbol",
        &[
            "length",
            "name",
            "prototype",
            "for",
            "keyFor",
            "asyncIterator",
            "hasInstance",
            "isConcatSpreadable",
            "iterator",
            "match",
            "matchAll",
            "replace",
            "search",
            "species",
            "split",
            "toPrimitive",
            "toStringTag",
            "unscopables",
            "dispose",
            "asyncDispose",
        ],
    ),
    (
        "Symbol.prototype",
        &["constructor", "toString", "valueOf", "description"],
    ),
    (
        "BigInt",
        &["length", "name", "prototype", "asUintN", "asIntN"],
    ),
    (
        "BigInt.prototype",
        &["constructor", "toLocaleString", "toString", "valueOf"],
    ),
    (
        "Math",
        &[
            "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil", "cbrt",
            "expm1", "clz32", "cos", "cosh", "exp", "floor", "fround", "hypot", "imul", "log",
            "log1p", "log2", "log10", "max", "min", "pow", "random", "round", "sign", "sin",
            "sinh", "sqrt", "tan", "tanh", "trunc", "E", "LN10", "LN2", "LOG10E", "LOG2E", "PI",
            "SQRT1_2", "SQRT2",
        ],
    ),
    ("JSON", &["parse", "stringify"]),
    (
        "Reflect",
        &[
            "defineProperty",
            "deleteProperty",
            "apply",
            "construct",
            "get",
            "getOwnPropertyDescriptor",
            "getPrototypeOf",
            "has",
            "isExtensible",
            "ownKeys",
            "preventExtensions",
            "set",
            "setPrototypeOf",
        ],
    ),
    (
        "Promise",
        &[
            "length",
            "name",
            "prototype",
            "all",
            "allSettled",
            "any",
            "race",
            "resolve",
            "reject",
        ],
    ),
    (
        "Promise.prototype",
        &["constructor", "then", "catch", "finally"],
    ),
    ("Map", &["length", "name", "prototype"]),
    (
        "Map.prototype",
        &[
            "constructor",
            "get",
            "set",
            "has",
            "delete",
            "clear",
            "entries",
            "forEach",
            "keys",
            "size",
            "values",
        ],
    ),
    ("Set", &["length", "name", "prototype"]),
    (
        "Set.prototype",
        &[
            "constructor",
            "has",
            "add",
            "delete",
            "clear",
            "entries",
            "forEach",
            "size",
            "values",
            "keys",
        ],
    ),
    (
        "WeakMap.prototype",
        &["constructor", "delete", "get", "set", "has"],
    ),
    (
        "WeakSet.prototype",
        &["constructor", "delete", "has", "add"],
    ),
    (
        "Error",
        &[
            "length",
            "name",
            "prototype",
            "captureStackTrace",
            "prepareStackTrace",
            "stackTraceLimit",
        ],
    ),
    (
        "Error.prototype",
        &["constructor", "name", "message", "toString"],
    ),
    (
        "RegExp",
        &[
            "length",
            "name",
            "prototype",
            "input",
            "$_",
            "lastMatch",
            "$&",
            "lastParen",
            "$+",
            "leftContext",
            "$`",
            "rightContext",
            "$'",
            "$1",
            "$2",
            "$3",
            "$4",
            "$5",
            "$6",
            "$7",
            "$8",
            "$9",
        ],
    ),
    (
        "RegExp.prototype",
        &[
            "constructor",
            "exec",
            "dotAll",
            "flags",
            "global",
            "hasIndices",
            "ignoreCase",
            "multiline",
            "source",
            "sticky",
            "unicode",
            "compile",
            "toString",
            "test",
            "unicodeSets",
        ],
    ),
    (
        "Date",
        &["length", "name", "prototype", "now", "parse", "UTC"],
    ),
    (
        "Date.prototype",
        &[
            "constructor",
            "toString",
            "toDateString",
            "toTimeString",
            "toISOString",
            "toUTCString",
            "toGMTString",
            "getDate",
            "setDate",
            "getDay",
            "getFullYear",
            "setFullYear",
            "getHours",
            "setHours",
            "getMilliseconds",
            "setMilliseconds",
            "getMinutes",
            "setMinutes",
            "getMonth",
            "setMonth",
            "getSeconds",
            "setSeconds",
            "getTime",
            "setTime",
            "getTimezoneOffset",
            "getUTCDate",
            "setUTCDate",
            "getUTCDay",
            "getUTCFullYear",
            "setUTCFullYear",
            "getUTCHours",
            "setUTCHours",
            "getUTCMilliseconds",
            "setUTCMilliseconds",
            "getUTCMinutes",
            "setUTCMinutes",
            "getUTCMonth",
            "setUTCMonth",
            "getUTCSeconds",
            "setUTCSeconds",
            "valueOf",
            "getYear",
            "setYear",
            "toJSON",
            "toLocaleString",
            "toLocaleDateString",
            "toLocaleTimeString",
        ],
    ),
    ("ArrayBuffer", &["length", "name", "prototype", "isView"]),
    (
        "ArrayBuffer.prototype",
        &[
            "constructor",
            "byteLength",
            "slice",
            "maxByteLength",
            "resizable",
            "resize",
        ],
    ),
];

/// The built-ins found at start-up, each with its V8 order.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Ordered {
    objects: Vec<JsObject>,
    #[unsafe_ignore_trace]
    orders: Vec<&'static [&'static str]>,
}

#[derive(Clone, boa_engine::Trace, boa_engine::Finalize)]
struct Original(JsFunction);

/// The wrapper of `Object.getOwnPropertyNames` and `Reflect.ownKeys`: the original's list, in
/// V8's order when the target is a listed built-in.
fn own_keys(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    let keys = original.0.call(this, args, context)?;
    let order = args
        .first()
        .and_then(JsValue::as_object)
        .and_then(|target| {
            let ordered = context.get_data::<Ordered>()?;
            let at = ordered
                .objects
                .iter()
                .position(|o| JsObject::equals(o, &target))?;
            ordered.orders.get(at).copied()
        });
    let (Some(order), Some(list)) = (order, keys.as_object()) else {
        return Ok(keys);
    };
    let Ok(list) = JsArray::from_object(list.clone()) else {
        return Ok(keys);
    };
    let length = list.length(context)?;
    let mut known = Vec::new();
    let mut added = Vec::new();
    let mut symbols = Vec::new();
    for i in 0..length {
        let key = list.get(i, context)?;
        match key.as_string() {
            Some(name) => {
                let name_text = name.to_std_string_lossy();
                match order.iter().position(|n| *n == name_text) {
                    Some(rank) => known.push((rank, key)),
                    None => added.push(key),
                }
            }
            None => symbols.push(key),
        }
    }
    known.sort_by_key(|(rank, _)| *rank);
    let sorted = known
        .into_iter()
        .map(|(_, key)| key)
        .chain(added)
        .chain(symbols);
    Ok(JsArray::from_iter(sorted, context).into())
}

/// Find the listed built-ins and wrap the two functions (after the other built-in wrappers and
/// the prelude, so the objects are the ones a script sees).
pub fn install(context: &mut Context) -> JsResult<()> {
    let global = context.global_object();
    let mut objects = Vec::new();
    let mut orders = Vec::new();
    for (path, order) in V8_ORDER {
        let (name, prototype) = match path.split_once('.') {
            Some((name, _)) => (name, true),
            None => (*path, false),
        };
        let Some(mut object) = global.get(JsString::from(name), context)?.as_object() else {
            continue;
        };
        if prototype {
            let Some(p) = object
                .get(JsString::from("prototype"), context)?
                .as_object()
            else {
                continue;
            };
            object = p;
        }
        objects.push(object);
        orders.push(*order);
    }
    context.insert_data(Ordered { objects, orders });
    for (owner, name) in [("Object", "getOwnPropertyNames"), ("Reflect", "ownKeys")] {
        if let Some(owner) = global.get(JsString::from(owner), context)?.as_object() {
            wrap_method(&owner, name, own_keys, Original, context)?;
        }
    }
    Ok(())
}
