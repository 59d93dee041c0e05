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

/// How V8 words the refusal (its `MessageTemplate`), from the key's name where it shows.
#[derive(Clone, Copy)]
enum Says {
    /// `kIncompatibleMethodReceiver` with the receiver as V8 prints it; V8's name for the
    /// method is the prefix then the key (`Map.prototype.` `get`).
    Receiver(&'static str),
    /// The same, when V8's name is not the key's (`Date.prototype [ @@toPrimitive ]`).
    ReceiverNamed(&'static str),
    /// `kIncompatibleMethodReceiver` from CSA's `ThrowIfNotInstanceType` and
    /// `ThrowIfNotJSReceiver`, which pass no receiver: V8 prints `undefined` whatever it was.
    NoReceiver(&'static str),
    /// The same with V8's whole name (`get DataView.prototype.byte_length`).
    NoReceiverNamed(&'static str),
    /// `kNotGeneric`: `Number.prototype.toFixed requires that 'this' be a Number`, for the
    /// methods of the primitive wrappers, when Boa refused the receiver (its words
    /// `'this' is not a ...`): the prefix then the key, and the type.
    Requires(&'static str, &'static str),
    /// `promise.catch`/`finally` call the receiver's `then`: V8 names what it found there
    /// (`undefined is not a function`, `number 5 is not a function`); `finally` refuses a
    /// primitive first.
    Then { refuses_primitive: bool },
    /// The RegExp methods that take any object and call its `exec`: a primitive is refused
    /// by the method itself (`@@match` shows it, `test`/`@@replace` go through
    /// `ThrowIfNotJSReceiver`), an object without a callable `exec` by the built-in `exec`.
    RegExpGeneric { shows_primitive: bool },
    /// Words that name no value (`this is not a Date object.`).
    Fixed(&'static str),
    /// Words around the key (`RegExp.prototype.` `global` ` getter called on non-RegExp object`).
    Around(&'static str, &'static str),
    /// `RegExp.prototype.flags getter called on non-object 1`.
    FlagsGetter,
}

impl Says {
    /// The message for `this`, the method's key being `key` (`@@replace` for a symbol), or
    /// `None` to leave Boa's error as it is.
    fn message(self, key: &str, this: &JsValue, context: &mut Context) -> Option<String> {
        let incompatible = |name: &str, shown: &str| {
            format!("Method {name} called on incompatible receiver {shown}")
        };
        Some(match self {
            Says::Receiver(prefix) => {
                incompatible(&format!("{prefix}{key}"), &describe(this, context))
            }
            Says::ReceiverNamed(name) => incompatible(name, &describe(this, context)),
            Says::NoReceiver(prefix) => incompatible(&format!("{prefix}{key}"), "undefined"),
            Says::NoReceiverNamed(name) => incompatible(name, "undefined"),
            Says::Requires(prefix, kind) => {
                format!("{prefix}{key} requires that 'this' be a {kind}")
            }
            Says::Then { refuses_primitive } => {
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
            Says::RegExpGeneric { shows_primitive } => {
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
                    incompatible(&format!("RegExp.prototype.{key}"), &describe(this, context))
                } else {
                    incompatible(&format!("RegExp.prototype.{key}"), "undefined")
                }
            }
            Says::Fixed(text) => text.to_string(),
            Says::Around(before, after) => format!("{before}{key}{after}"),
            Says::FlagsGetter => {
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
    says: Says,
    /// The key as V8's words name it (`get`, `@@replace`).
    #[unsafe_ignore_trace]
    key: String,
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
    let Some(message) = guard.says.message(&guard.key, this, context) else {
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

/// Replace the method (or, with `getter`, the accessor's getter) at `owner[shown]`, `shown`
/// being a table's key (`get`, `@@replace`).
fn guard(
    owner: &JsObject,
    shown: &str,
    getter: bool,
    brand: Brand,
    says: Says,
    context: &mut Context,
) -> JsResult<()> {
    let key = property_key(shown);
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
    // The collections' `forEach` calls the learner's callback: its frame in Boa's backtrace
    // (a native's internal name) says whose, which V8 shows as `at Map.forEach (<anonymous>)`;
    // the `name` property stays the method's.
    let frame_name = match (brand, shown) {
        (Brand::Map, "forEach") => Some("Map.forEach"),
        (Brand::Set, "forEach") => Some("Set.forEach"),
        _ => None,
    };
    let function = boa_engine::object::FunctionObjectBuilder::new(
        context.realm(),
        boa_engine::NativeFunction::from_copy_closure_with_captures(
            guarded,
            Guarded {
                original,
                brand,
                says,
                key: shown.to_string(),
                frame,
            },
        ),
    )
    .name(frame_name.map_or(name.clone(), JsString::from))
    .length(length)
    .build();
    if frame_name.is_some() {
        function.define_property_or_throw(
            boa_engine::js_string!("name"),
            PropertyDescriptor::builder()
                .value(name)
                .writable(false)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
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

/// A table's key as a property key: `@@name` is the well-known symbol `Symbol.name`.
fn property_key(key: &str) -> PropertyKey {
    let symbol = match key {
        "@@iterator" => boa_engine::JsSymbol::iterator(),
        "@@toPrimitive" => boa_engine::JsSymbol::to_primitive(),
        "@@replace" => boa_engine::JsSymbol::replace(),
        "@@match" => boa_engine::JsSymbol::r#match(),
        "@@search" => boa_engine::JsSymbol::search(),
        "@@split" => boa_engine::JsSymbol::split(),
        "@@matchAll" => boa_engine::JsSymbol::match_all(),
        name => return JsString::from(name).into(),
    };
    symbol.into()
}

/// Where a group's methods live.
#[derive(Clone, Copy)]
enum Owner {
    /// The `prototype` of the global constructor of that name.
    Prototype(&'static str),
    /// `%TypedArray%.prototype`, the prototype of `Uint8Array.prototype`.
    TypedArray,
    /// `%GeneratorPrototype%`.
    Generator,
}

impl Owner {
    fn object(self, context: &mut Context) -> JsResult<Option<JsObject>> {
        match self {
            Owner::Prototype(name) => prototype_of(name, context),
            Owner::TypedArray => {
                Ok(prototype_of("Uint8Array", context)?.and_then(|typed| typed.prototype()))
            }
            Owner::Generator => Ok(Some(context.intrinsics().objects().generator())),
        }
    }
}

/// Methods (or getters) of one owner that share a brand check and V8's words.
struct Group {
    owner: Owner,
    getter: bool,
    brand: Brand,
    says: Says,
    keys: &'static [&'static str],
}

const fn methods(owner: Owner, brand: Brand, says: Says, keys: &'static [&'static str]) -> Group {
    Group {
        owner,
        getter: false,
        brand,
        says,
        keys,
    }
}

const fn getters(owner: Owner, brand: Brand, says: Says, keys: &'static [&'static str]) -> Group {
    Group {
        owner,
        getter: true,
        brand,
        says,
        keys,
    }
}

const MAP: Owner = Owner::Prototype("Map");
const SET: Owner = Owner::Prototype("Set");
const DATE: Owner = Owner::Prototype("Date");
const REGEXP: Owner = Owner::Prototype("RegExp");
const ARRAY_BUFFER: Owner = Owner::Prototype("ArrayBuffer");
const DATA_VIEW: Owner = Owner::Prototype("DataView");

/// Every guarded method, after `v8_builtins` and `intl.js`'s own guards.
const GROUPS: &[Group] = &[
    methods(
        MAP,
        Brand::Map,
        Says::Receiver("Map.prototype."),
        &[
            "get", "set", "has", "delete", "clear", "entries", "keys", "values", "forEach",
        ],
    ),
    getters(
        MAP,
        Brand::Map,
        Says::Receiver("get Map.prototype."),
        &["size"],
    ),
    methods(
        SET,
        Brand::Set,
        Says::Receiver("Set.prototype."),
        &[
            "add", "has", "delete", "clear", "entries", "values", "forEach",
        ],
    ),
    getters(
        SET,
        Brand::Set,
        Says::Receiver("get Set.prototype."),
        &["size"],
    ),
    methods(
        Owner::Prototype("WeakMap"),
        Brand::WeakMap,
        Says::Receiver("WeakMap.prototype."),
        &["get", "set", "has", "delete"],
    ),
    methods(
        Owner::Prototype("WeakSet"),
        Brand::WeakSet,
        Says::Receiver("WeakSet.prototype."),
        &["add", "has", "delete"],
    ),
    methods(
        Owner::Prototype("Promise"),
        Brand::Promise,
        Says::Receiver("Promise.prototype."),
        &["then"],
    ),
    methods(
        Owner::Prototype("Promise"),
        Brand::None,
        Says::Then {
            refuses_primitive: false,
        },
        &["catch"],
    ),
    methods(
        Owner::Prototype("Promise"),
        Brand::None,
        Says::Then {
            refuses_primitive: true,
        },
        &["finally"],
    ),
    getters(
        ARRAY_BUFFER,
        Brand::ArrayBuffer,
        Says::Receiver("get ArrayBuffer.prototype."),
        &["byteLength"],
    ),
    methods(
        ARRAY_BUFFER,
        Brand::ArrayBuffer,
        Says::Receiver("ArrayBuffer.prototype."),
        &["slice"],
    ),
    // The Date methods made by V8's `DATE_GETTER` macros name no receiver.
    methods(
        DATE,
        Brand::Date,
        Says::Fixed("this is not a Date object."),
        &[
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
        ],
    ),
    // The others name it (the `toLocale*` ones are `intl.js`'s); V8 words `toString` through
    // `toUTCString` (they share a builtin), and `toGMTString` is the very function (ALIASES).
    methods(
        DATE,
        Brand::Date,
        Says::Receiver("Date.prototype."),
        &[
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
            "toString",
            "toUTCString",
        ],
    ),
    methods(
        DATE,
        Brand::Object,
        Says::ReceiverNamed("Date.prototype [ @@toPrimitive ]"),
        &["@@toPrimitive"],
    ),
    methods(
        REGEXP,
        Brand::RegExp,
        Says::Receiver("RegExp.prototype."),
        &["exec"],
    ),
    // `toString` takes any object (it reads `source` and `flags`).
    methods(
        REGEXP,
        Brand::Object,
        Says::Receiver("RegExp.prototype."),
        &["toString"],
    ),
    methods(
        REGEXP,
        Brand::RegExp,
        Says::RegExpGeneric {
            shows_primitive: false,
        },
        &["test", "@@replace"],
    ),
    methods(
        REGEXP,
        Brand::RegExp,
        Says::RegExpGeneric {
            shows_primitive: true,
        },
        &["@@match", "@@search", "@@split", "@@matchAll"],
    ),
    getters(
        REGEXP,
        Brand::RegExp,
        Says::Around("RegExp.prototype.", " getter called on non-RegExp object"),
        &[
            "global",
            "ignoreCase",
            "multiline",
            "dotAll",
            "unicode",
            "sticky",
            "hasIndices",
            "unicodeSets",
            "source",
        ],
    ),
    getters(REGEXP, Brand::Object, Says::FlagsGetter, &["flags"]),
    // `%TypedArray%.prototype`'s methods V8 words with `kNotTypedArray`; the others name the
    // receiver, `subarray` without it.
    methods(
        Owner::TypedArray,
        Brand::TypedArray,
        Says::Fixed("this is not a typed array."),
        &[
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
            "@@iterator",
        ],
    ),
    methods(
        Owner::TypedArray,
        Brand::TypedArray,
        Says::Receiver("%TypedArray%.prototype."),
        &[
            "at",
            "join",
            "slice",
            "sort",
            "toLocaleString",
            "toReversed",
            "toSorted",
        ],
    ),
    methods(
        Owner::TypedArray,
        Brand::TypedArray,
        Says::NoReceiver("%TypedArray%.prototype."),
        &["subarray"],
    ),
    getters(
        Owner::TypedArray,
        Brand::TypedArray,
        Says::Receiver("get %TypedArray%.prototype."),
        &["buffer"],
    ),
    getters(
        Owner::TypedArray,
        Brand::TypedArray,
        Says::Receiver("get TypedArray.prototype."),
        &["byteLength", "byteOffset", "length"],
    ),
    methods(
        DATA_VIEW,
        Brand::DataView,
        Says::NoReceiver("DataView.prototype."),
        &[
            "getInt8",
            "getUint8",
            "getInt16",
            "getUint16",
            "getInt32",
            "getUint32",
            "getFloat32",
            "getFloat64",
            "getBigInt64",
            "getBigUint64",
            "setInt8",
            "setUint8",
            "setInt16",
            "setUint16",
            "setInt32",
            "setUint32",
            "setFloat32",
            "setFloat64",
            "setBigInt64",
            "setBigUint64",
        ],
    ),
    // V8 names the DataView accessors after its C++ getters.
    getters(
        DATA_VIEW,
        Brand::DataView,
        Says::NoReceiver("get DataView.prototype."),
        &["buffer"],
    ),
    getters(
        DATA_VIEW,
        Brand::DataView,
        Says::NoReceiverNamed("get DataView.prototype.byte_length"),
        &["byteLength"],
    ),
    getters(
        DATA_VIEW,
        Brand::DataView,
        Says::NoReceiverNamed("get DataView.prototype.byte_offset"),
        &["byteOffset"],
    ),
    // The primitive wrappers' methods V8 words with `kNotGeneric`.
    methods(
        Owner::Prototype("Symbol"),
        Brand::None,
        Says::Requires("Symbol.prototype.", "Symbol"),
        &["toString", "valueOf"],
    ),
    getters(
        Owner::Prototype("Symbol"),
        Brand::BoaSays("'this' is not a"),
        Says::Requires("Symbol.prototype.", "Symbol"),
        &["description"],
    ),
    methods(
        Owner::Prototype("Number"),
        Brand::None,
        Says::Requires("Number.prototype.", "Number"),
        &[
            "toString",
            "valueOf",
            "toFixed",
            "toPrecision",
            "toExponential",
            "toLocaleString",
        ],
    ),
    methods(
        Owner::Prototype("Boolean"),
        Brand::None,
        Says::Requires("Boolean.prototype.", "Boolean"),
        &["toString", "valueOf"],
    ),
    methods(
        Owner::Prototype("BigInt"),
        Brand::None,
        Says::Requires("BigInt.prototype.", "BigInt"),
        &["toString", "valueOf", "toLocaleString"],
    ),
    methods(
        Owner::Generator,
        Brand::Generator,
        Says::Receiver("[Generator].prototype."),
        &["next", "return", "throw"],
    ),
    methods(
        Owner::Prototype("Error"),
        Brand::Object,
        Says::Receiver("Error.prototype."),
        &["toString"],
    ),
];

/// Built-ins that are the very function of another (the spec's aliases), set again once the
/// other is guarded: `Map.prototype[@@iterator]` is `entries`, `Set.prototype[@@iterator]`
/// and `keys` are `values`, `Date.prototype.toGMTString` is `toUTCString`.
const ALIASES: [(Owner, &str, &str); 4] = [
    (MAP, "@@iterator", "entries"),
    (SET, "@@iterator", "values"),
    (SET, "keys", "values"),
    (DATE, "toGMTString", "toUTCString"),
];

/// Wrap every method listed in `GROUPS`, then point the aliases at the wrappers.
pub fn install(context: &mut Context) -> JsResult<()> {
    for group in GROUPS {
        let Some(owner) = group.owner.object(context)? else {
            continue;
        };
        for key in group.keys {
            guard(&owner, key, group.getter, group.brand, group.says, context)?;
        }
    }
    for (owner, alias, name) in ALIASES {
        let Some(owner) = owner.object(context)? else {
            continue;
        };
        let function = owner.get(JsString::from(name), context)?;
        crate::bindings::define_hidden(&owner, property_key(alias), function, context)?;
    }
    Ok(())
}
