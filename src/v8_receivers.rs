//! V8's words for a built-in method called on a receiver it does not accept
//! (`Map.prototype.get.call({})`, `Set.prototype.add.call([])`, a Date setter on a plain object).
//!
//! V8 names the receiver it saw (`Method Map.prototype.get called on incompatible receiver
//! [object Array]`), which only the call itself knows: each listed method (or getter) is
//! replaced by a native that calls Boa's own and, when that throws a TypeError while the
//! receiver fails the method's brand check, words it as V8 does from the real receiver. A
//! receiver that passes the check (a subclass instance, a real Map) never has its errors
//! touched, so errors from the learner's callbacks pass through.

use boa_engine::object::builtins::{
    JsArrayBuffer, JsDataView, JsDate, JsFunction, JsGenerator, JsMap, JsPromise, JsRegExp, JsSet,
    JsTypedArray, JsWeakMap, JsWeakSet,
};
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{Context, JsError, JsNativeErrorKind, JsObject, JsResult, JsString, JsValue};

use crate::v8_builtins::describe;

/// Which objects a method accepts as `this`.
#[derive(Clone, Copy)]
enum Brand {
    Map,
    Set,
    WeakMap,
    WeakSet,
    Promise,
    RegExp,
    Date,
    Generator,
    ArrayBuffer,
    /// `Error.prototype.toString` takes any object.
    Object,
    /// Decided by the words (`catch`/`finally`).
    None,
    /// Refused when Boa's message starts with these words (the primitive wrappers' brand
    /// has no public check).
    BoaSays(&'static str),
    TypedArray,
    DataView,
}

impl Brand {
    fn accepts(self, this: &JsValue, boa: &str) -> bool {
        if let Brand::BoaSays(prefix) = self {
            return !boa.starts_with(prefix);
        }
        let Some(object) = this.as_object() else {
            return false;
        };
        match self {
            Brand::Map => JsMap::from_object(object).is_ok(),
            Brand::Set => JsSet::from_object(object).is_ok(),
            Brand::WeakMap => JsWeakMap::from_object(object).is_ok(),
            Brand::WeakSet => JsWeakSet::from_object(object).is_ok(),
            Brand::Promise => JsPromise::from_object(object).is_ok(),
            Brand::RegExp => JsRegExp::from_object(object).is_ok(),
            Brand::Date => JsDate::from_object(object).is_ok(),
            Brand::Generator => JsGenerator::from_object(object).is_ok(),
            Brand::ArrayBuffer => JsArrayBuffer::from_object(object).is_ok(),
            Brand::Object => true,
            Brand::None | Brand::BoaSays(_) => false,
            Brand::TypedArray => JsTypedArray::from_object(object).is_ok(),
            Brand::DataView => JsDataView::from_object(object).is_ok(),
        }
    }
}

/// How V8 words the refusal (its `MessageTemplate`).
#[derive(Clone, Copy)]
enum Words {
    /// `kIncompatibleMethodReceiver` with the receiver as V8 prints it.
    Receiver(&'static str),
    /// `kIncompatibleMethodReceiver` from CSA's `ThrowIfNotInstanceType` and
    /// `ThrowIfNotJSReceiver`, which pass no receiver: V8 prints `undefined` whatever it was.
    NoReceiver(&'static str),
    /// `kNotGeneric`: `Number.prototype.toFixed requires that 'this' be a Number`, for the
    /// methods of the primitive wrappers, when Boa refused the receiver (its words
    /// `'this' is not a ...`).
    Requires(&'static str, &'static str),
    /// `promise.catch`/`finally` call the receiver's `then`: V8 names what it found there
    /// (`undefined is not a function`, `number 5 is not a function`); `finally` refuses a
    /// primitive first.
    Then { refuses_primitive: bool },
    /// The RegExp methods that take any object and call its `exec`: a primitive is refused
    /// by the method itself (`@@match` shows it, `test`/`@@replace` go through
    /// `ThrowIfNotJSReceiver`), an object without a callable `exec` by the built-in `exec`.
    RegExpGeneric {
        name: &'static str,
        shows_primitive: bool,
    },
    /// Words that name no value (`this is not a Date object.`).
    Fixed(&'static str),
    /// `RegExp.prototype.flags getter called on non-object 1`.
    FlagsGetter,
}

impl Words {
    fn message(self, this: &JsValue, context: &mut Context) -> Option<String> {
        let incompatible = |name: &str, shown: &str| {
            format!("Method {name} called on incompatible receiver {shown}")
        };
        Some(match self {
            Words::Receiver(name) => incompatible(name, &describe(this, context)),
            Words::NoReceiver(name) => incompatible(name, "undefined"),
            Words::Requires(name, kind) => {
                format!("{name} requires that 'this' be a {kind}")
            }
            Words::Then { refuses_primitive } => {
                if refuses_primitive && !this.is_object() {
                    return Some("Promise.prototype.finally called on non-object".to_string());
                }
                if this.is_null_or_undefined() {
                    return None;
                }
                let then = this
                    .to_object(context)
                    .ok()?
                    .get(boa_engine::js_string!("then"), context)
                    .ok()?;
                if then.is_callable() {
                    return None;
                }
                let shown = crate::v8_builtins::default_call_site(&then, context);
                format!("{shown} is not a function")
            }
            Words::RegExpGeneric {
                name,
                shows_primitive,
            } => {
                if let Some(object) = this.as_object() {
                    let exec = object.get(boa_engine::js_string!("exec"), context).ok()?;
                    if exec.is_callable() {
                        // Its own `exec` ran: the error is that function's.
                        return None;
                    }
                    // Any object is accepted, and its own callable `exec` is used: only an
                    // object without one reaches the built-in `exec` and fails there.
                    incompatible("RegExp.prototype.exec", &describe(this, context))
                } else if shows_primitive {
                    incompatible(name, &describe(this, context))
                } else {
                    incompatible(name, "undefined")
                }
            }
            Words::Fixed(text) => text.to_string(),
            Words::FlagsGetter => {
                if this.is_object() {
                    return None;
                }
                format!(
                    "RegExp.prototype.flags getter called on non-object {}",
                    describe(this, context)
                )
            }
        })
    }
}

/// What a wrapper keeps: the original, the brand it checks, V8's words, and the frame V8
/// shows for the built-in (`Object.get`, `get size`, `[Symbol.replace]`).
#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Guarded {
    original: JsFunction,
    #[unsafe_ignore_trace]
    brand: Brand,
    #[unsafe_ignore_trace]
    words: Words,
    #[unsafe_ignore_trace]
    frame: Frame,
}

/// How V8 names the built-in's own frame.
#[derive(Clone)]
enum Frame {
    /// A method: the receiver's type, then the name (`Number.get`, `then` for null).
    Method(String),
    /// A getter or a symbol-keyed method: the name alone.
    Fixed(String),
}

fn guarded(
    this: &JsValue,
    args: &[JsValue],
    guard: &Guarded,
    context: &mut Context,
) -> JsResult<JsValue> {
    let result = guard.original.call(this, args, context);
    let Err(mut error) = result else {
        return result;
    };
    let boa = error
        .as_native()
        .map(|n| n.message().to_string())
        .unwrap_or_default();
    if !is_type_error(&error) || guard.brand.accepts(this, &boa) {
        return Err(error);
    }
    let Some(message) = guard.words.message(this, context) else {
        return Err(error);
    };
    let frame = match &guard.frame {
        Frame::Method(name) => crate::v8_builtins::frame_name(this, name, context),
        Frame::Fixed(name) => name.clone(),
    };
    crate::stack::note_thrower(&message, &frame, context);
    if let Some(native) = error.as_native_mut() {
        *native = native.clone().with_message(message);
    }
    Err(error)
}

fn is_type_error(error: &JsError) -> bool {
    error
        .as_native()
        .is_some_and(|native| matches!(native.kind(), JsNativeErrorKind::Type))
}

/// How a key reads in V8's frame (`[Symbol.replace]`) and the wrapper's `name`.
fn key_text(key: &PropertyKey) -> String {
    match key {
        PropertyKey::Symbol(symbol) => {
            let description = symbol
                .description()
                .map(|d| d.to_std_string_escaped())
                .unwrap_or_default();
            format!("[{description}]")
        }
        other => other.to_string(),
    }
}

/// Replace the method (or, with `getter`, the accessor's getter) at `owner[key]`.
fn guard(
    owner: &JsObject,
    key: PropertyKey,
    getter: bool,
    brand: Brand,
    words: Words,
    context: &mut Context,
) -> JsResult<()> {
    let current = if getter {
        own_getter(owner, &key, context)?
    } else {
        owner.get(key.clone(), context)?
    };
    let Some(original) = current.as_object().and_then(JsFunction::from_object) else {
        return Ok(());
    };
    let length = original
        .get(boa_engine::js_string!("length"), context)?
        .to_number(context)? as usize;
    let name = original
        .get(boa_engine::js_string!("name"), context)?
        .to_string(context)?;
    let frame = if getter {
        Frame::Fixed(format!("get {}", key_text(&key)))
    } else if matches!(key, PropertyKey::Symbol(_)) {
        Frame::Fixed(key_text(&key))
    } else {
        Frame::Method(key_text(&key))
    };
    let function = boa_engine::object::FunctionObjectBuilder::new(
        context.realm(),
        boa_engine::NativeFunction::from_copy_closure_with_captures(
            guarded,
            Guarded {
                original,
                brand,
                words,
                frame,
            },
        ),
    )
    .name(name)
    .length(length)
    .build();
    // Built-in methods are writable and configurable, built-in getters configurable with no
    // setter; neither is enumerable.
    let replaced = if getter {
        PropertyDescriptor::builder()
            .get(function)
            .enumerable(false)
            .configurable(true)
    } else {
        PropertyDescriptor::builder()
            .value(function)
            .writable(true)
            .enumerable(false)
            .configurable(true)
    };
    owner.define_property_or_throw(key, replaced, context)?;
    Ok(())
}

/// The getter of `owner`'s own accessor `key`, read through `Object.getOwnPropertyDescriptor`
/// (Boa's own-property lookup is crate-private).
fn own_getter(owner: &JsObject, key: &PropertyKey, context: &mut Context) -> JsResult<JsValue> {
    let object = context.intrinsics().constructors().object().constructor();
    let lookup = object.get(boa_engine::js_string!("getOwnPropertyDescriptor"), context)?;
    let Some(lookup) = lookup.as_callable() else {
        return Ok(JsValue::undefined());
    };
    let key_value: JsValue = match key {
        PropertyKey::Symbol(symbol) => symbol.clone().into(),
        other => JsString::from(other.to_string()).into(),
    };
    let descriptor = lookup.call(&object.into(), &[owner.clone().into(), key_value], context)?;
    match descriptor.as_object() {
        Some(descriptor) => descriptor.get(boa_engine::js_string!("get"), context),
        None => Ok(JsValue::undefined()),
    }
}

fn prototype_of(name: &str, context: &mut Context) -> JsResult<Option<JsObject>> {
    let Some(constructor) = context
        .global_object()
        .get(JsString::from(name), context)?
        .as_object()
    else {
        return Ok(None);
    };
    Ok(constructor
        .get(boa_engine::js_string!("prototype"), context)?
        .as_object())
}

/// The Date methods whose refusal V8 words as `this is not a Date object.` (those made by
/// its `DATE_GETTER` macros); the others name the receiver.
const DATE_GETTERS: [&str; 19] = [
    "getDate",
    "getDay",
    "getFullYear",
    "getHours",
    "getMilliseconds",
    "getMinutes",
    "getMonth",
    "getSeconds",
    "getTime",
    "getTimezoneOffset",
    "getUTCDate",
    "getUTCDay",
    "getUTCFullYear",
    "getUTCHours",
    "getUTCMilliseconds",
    "getUTCMinutes",
    "getUTCMonth",
    "getUTCSeconds",
    "valueOf",
];

/// The Date methods that name the receiver (the `toLocale*` ones are `intl.js`'s).
const DATE_NAMING: [&str; 20] = [
    "getYear",
    "setDate",
    "setFullYear",
    "setHours",
    "setMilliseconds",
    "setMinutes",
    "setMonth",
    "setSeconds",
    "setTime",
    "setUTCDate",
    "setUTCFullYear",
    "setUTCHours",
    "setUTCMilliseconds",
    "setUTCMinutes",
    "setUTCMonth",
    "setUTCSeconds",
    "setYear",
    "toDateString",
    "toISOString",
    "toTimeString",
];

/// Methods named `Owner.prototype.method` in V8's words, by owner and brand.
const COLLECTIONS: [(&str, Brand, &[&str]); 5] = [
    (
        "Map",
        Brand::Map,
        &[
            "get", "set", "has", "delete", "clear", "entries", "keys", "values", "forEach",
        ],
    ),
    (
        "Set",
        Brand::Set,
        &[
            "add", "has", "delete", "clear", "entries", "values", "forEach",
        ],
    ),
    ("WeakMap", Brand::WeakMap, &["get", "set", "has", "delete"]),
    ("WeakSet", Brand::WeakSet, &["add", "has", "delete"]),
    ("Promise", Brand::Promise, &["then"]),
];

/// The primitive wrappers' methods V8 words with `kNotGeneric`, and the type it names.
const PRIMITIVE_WRAPPERS: [(&str, &str, &[&str]); 4] = [
    ("Symbol", "Symbol", &["toString", "valueOf"]),
    (
        "Number",
        "Number",
        &[
            "toString",
            "valueOf",
            "toFixed",
            "toPrecision",
            "toExponential",
            "toLocaleString",
        ],
    ),
    ("Boolean", "Boolean", &["toString", "valueOf"]),
    (
        "BigInt",
        "BigInt",
        &["toString", "valueOf", "toLocaleString"],
    ),
];

fn leak(text: String) -> &'static str {
    // The tables are built once per run; the few names they hold live as long as the engine.
    Box::leak(text.into_boxed_str())
}

/// Wrap every method listed here (after `v8_builtins` and `intl.js`'s own guards).
pub fn install(context: &mut Context) -> JsResult<()> {
    for (owner, brand, methods) in COLLECTIONS {
        let Some(prototype) = prototype_of(owner, context)? else {
            continue;
        };
        for method in methods {
            let words = Words::Receiver(leak(format!("{owner}.prototype.{method}")));
            guard(
                &prototype,
                JsString::from(*method).into(),
                false,
                brand,
                words,
                context,
            )?;
        }
        // As the spec has them, `Map.prototype[@@iterator]` is `entries`, and
        // `Set.prototype[@@iterator]` and `keys` are `values`: the same wrapper again.
        let aliases: &[(PropertyKey, &str)] = match brand {
            Brand::Map => &[(boa_engine::JsSymbol::iterator().into(), "entries")],
            Brand::Set => &[
                (boa_engine::JsSymbol::iterator().into(), "values"),
                (
                    PropertyKey::String(boa_engine::js_string!("keys")),
                    "values",
                ),
            ],
            _ => &[],
        };
        for (alias, name) in aliases {
            let function = prototype.get(JsString::from(*name), context)?;
            crate::bindings::define_hidden(&prototype, alias.clone(), function, context)?;
        }
        if matches!(brand, Brand::Map | Brand::Set) {
            let words = Words::Receiver(leak(format!("get {owner}.prototype.size")));
            guard(
                &prototype,
                JsString::from("size").into(),
                true,
                brand,
                words,
                context,
            )?;
        }
    }
    if let Some(prototype) = prototype_of("ArrayBuffer", context)? {
        let words = Words::Receiver("get ArrayBuffer.prototype.byteLength");
        let key = JsString::from("byteLength").into();
        guard(&prototype, key, true, Brand::ArrayBuffer, words, context)?;
    }
    if let Some(prototype) = prototype_of("Date", context)? {
        for method in DATE_GETTERS {
            let words = Words::Fixed("this is not a Date object.");
            guard(
                &prototype,
                JsString::from(method).into(),
                false,
                Brand::Date,
                words,
                context,
            )?;
        }
        for method in DATE_NAMING {
            let words = Words::Receiver(leak(format!("Date.prototype.{method}")));
            guard(
                &prototype,
                JsString::from(method).into(),
                false,
                Brand::Date,
                words,
                context,
            )?;
        }
        // V8 words `toString` through `toUTCString` (they share a builtin); `toGMTString` is
        // the very function.
        for method in ["toString", "toUTCString"] {
            let words = Words::Receiver(leak(format!("Date.prototype.{method}")));
            guard(
                &prototype,
                JsString::from(method).into(),
                false,
                Brand::Date,
                words,
                context,
            )?;
        }
        let to_utc = prototype.get(JsString::from("toUTCString"), context)?;
        crate::bindings::define_hidden(&prototype, JsString::from("toGMTString"), to_utc, context)?;
    }
    install_regexp(context)?;
    install_binary(context)?;
    for (owner, kind, methods) in PRIMITIVE_WRAPPERS {
        let Some(prototype) = prototype_of(owner, context)? else {
            continue;
        };
        for method in methods {
            let words = Words::Requires(leak(format!("{owner}.prototype.{method}")), kind);
            guard(
                &prototype,
                JsString::from(*method).into(),
                false,
                Brand::None,
                words,
                context,
            )?;
        }
    }
    if let Some(prototype) = prototype_of("Symbol", context)? {
        let words = Words::Requires("Symbol.prototype.description", "Symbol");
        let key = JsString::from("description").into();
        guard(
            &prototype,
            key,
            true,
            Brand::BoaSays("'this' is not a"),
            words,
            context,
        )?;
    }
    if let Some(prototype) = prototype_of("Promise", context)? {
        for (method, refuses_primitive) in [("catch", false), ("finally", true)] {
            let words = Words::Then { refuses_primitive };
            let key = JsString::from(method).into();
            guard(&prototype, key, false, Brand::None, words, context)?;
        }
    }
    if let Some(prototype) = prototype_of("Date", context)? {
        let words = Words::Receiver("Date.prototype [ @@toPrimitive ]");
        let key = boa_engine::JsSymbol::to_primitive().into();
        guard(&prototype, key, false, Brand::Object, words, context)?;
    }
    let generator = context.intrinsics().objects().generator();
    for method in ["next", "return", "throw"] {
        let words = Words::Receiver(leak(format!("[Generator].prototype.{method}")));
        let key = JsString::from(method).into();
        guard(&generator, key, false, Brand::Generator, words, context)?;
    }
    if let Some(prototype) = prototype_of("Error", context)? {
        let words = Words::Receiver("Error.prototype.toString");
        let key = JsString::from("toString").into();
        guard(&prototype, key, false, Brand::Object, words, context)?;
    }
    Ok(())
}

fn install_regexp(context: &mut Context) -> JsResult<()> {
    let Some(prototype) = prototype_of("RegExp", context)? else {
        return Ok(());
    };
    let exec = Words::Receiver("RegExp.prototype.exec");
    guard(
        &prototype,
        JsString::from("exec").into(),
        false,
        Brand::RegExp,
        exec,
        context,
    )?;
    // `toString` takes any object (it reads `source` and `flags`).
    let to_string = Words::Receiver("RegExp.prototype.toString");
    let key = JsString::from("toString").into();
    guard(&prototype, key, false, Brand::Object, to_string, context)?;
    let generic = |name: &'static str, shows_primitive: bool| Words::RegExpGeneric {
        name,
        shows_primitive,
    };
    let test = generic("RegExp.prototype.test", false);
    guard(
        &prototype,
        JsString::from("test").into(),
        false,
        Brand::RegExp,
        test,
        context,
    )?;
    for (symbol, name, shows_primitive) in [
        (
            boa_engine::JsSymbol::replace(),
            "RegExp.prototype.@@replace",
            false,
        ),
        (
            boa_engine::JsSymbol::r#match(),
            "RegExp.prototype.@@match",
            true,
        ),
        (
            boa_engine::JsSymbol::search(),
            "RegExp.prototype.@@search",
            true,
        ),
        (
            boa_engine::JsSymbol::split(),
            "RegExp.prototype.@@split",
            true,
        ),
        (
            boa_engine::JsSymbol::match_all(),
            "RegExp.prototype.@@matchAll",
            true,
        ),
    ] {
        let words = generic(name, shows_primitive);
        guard(
            &prototype,
            symbol.into(),
            false,
            Brand::RegExp,
            words,
            context,
        )?;
    }
    for flag in [
        "global",
        "ignoreCase",
        "multiline",
        "dotAll",
        "unicode",
        "sticky",
        "hasIndices",
        "unicodeSets",
    ] {
        let words = Words::Fixed(leak(format!(
            "RegExp.prototype.{flag} getter called on non-RegExp object"
        )));
        let key = JsString::from(flag).into();
        guard(&prototype, key, true, Brand::RegExp, words, context)?;
    }
    let flags = Words::FlagsGetter;
    guard(
        &prototype,
        JsString::from("flags").into(),
        true,
        Brand::Object,
        flags,
        context,
    )?;
    let source = Words::Fixed("RegExp.prototype.source getter called on non-RegExp object");
    guard(
        &prototype,
        JsString::from("source").into(),
        true,
        Brand::RegExp,
        source,
        context,
    )?;
    Ok(())
}

/// `%TypedArray%.prototype`'s methods V8 words with `kNotTypedArray`; the others name the
/// receiver (`Method %TypedArray%.prototype.join ...`), `subarray` without it.
const TYPED_ARRAY_NOT_TYPED: [&str; 22] = [
    "entries",
    "keys",
    "values",
    "copyWithin",
    "every",
    "fill",
    "filter",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "forEach",
    "includes",
    "indexOf",
    "lastIndexOf",
    "map",
    "reverse",
    "reduce",
    "reduceRight",
    "set",
    "some",
    "with",
];

const TYPED_ARRAY_NAMING: [&str; 7] = [
    "at",
    "join",
    "slice",
    "sort",
    "toLocaleString",
    "toReversed",
    "toSorted",
];

/// The DataView accessors' names in V8's words (its C++ getters' names).
const DATA_VIEW_GETTERS: [(&str, &str); 3] = [
    ("buffer", "buffer"),
    ("byteLength", "byte_length"),
    ("byteOffset", "byte_offset"),
];

/// Typed arrays, DataView and `ArrayBuffer.prototype.slice`.
fn install_binary(context: &mut Context) -> JsResult<()> {
    if let Some(prototype) = prototype_of("Uint8Array", context)?
        && let Some(typed) = prototype.prototype()
    {
        let not_typed = Words::Fixed("this is not a typed array.");
        for method in TYPED_ARRAY_NOT_TYPED {
            let key = JsString::from(method).into();
            guard(&typed, key, false, Brand::TypedArray, not_typed, context)?;
        }
        let key = boa_engine::JsSymbol::iterator().into();
        guard(&typed, key, false, Brand::TypedArray, not_typed, context)?;
        for method in TYPED_ARRAY_NAMING {
            let words = Words::Receiver(leak(format!("%TypedArray%.prototype.{method}")));
            let key = JsString::from(method).into();
            guard(&typed, key, false, Brand::TypedArray, words, context)?;
        }
        let words = Words::NoReceiver("%TypedArray%.prototype.subarray");
        let key = JsString::from("subarray").into();
        guard(&typed, key, false, Brand::TypedArray, words, context)?;
        for (getter, owner) in [
            ("buffer", "%TypedArray%"),
            ("byteLength", "TypedArray"),
            ("byteOffset", "TypedArray"),
            ("length", "TypedArray"),
        ] {
            let words = Words::Receiver(leak(format!("get {owner}.prototype.{getter}")));
            let key = JsString::from(getter).into();
            guard(&typed, key, true, Brand::TypedArray, words, context)?;
        }
    }
    if let Some(prototype) = prototype_of("DataView", context)? {
        let keys = prototype.own_property_keys(context)?;
        for key in keys {
            let name = key.to_string();
            if !(name.starts_with("get") || name.starts_with("set")) {
                continue;
            }
            let words = Words::NoReceiver(leak(format!("DataView.prototype.{name}")));
            guard(&prototype, key, false, Brand::DataView, words, context)?;
        }
        for (getter, shown) in DATA_VIEW_GETTERS {
            let words = Words::NoReceiver(leak(format!("get DataView.prototype.{shown}")));
            let key = JsString::from(getter).into();
            guard(&prototype, key, true, Brand::DataView, words, context)?;
        }
    }
    if let Some(prototype) = prototype_of("ArrayBuffer", context)? {
        let words = Words::Receiver("ArrayBuffer.prototype.slice");
        let key = JsString::from("slice").into();
        guard(&prototype, key, false, Brand::ArrayBuffer, words, context)?;
    }
    Ok(())
}
