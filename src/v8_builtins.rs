//! V8's messages for the built-ins Boa words differently, made where the error is made.
//!
//! V8's messages for a bad argument name the value (`Object prototype may only be an Object or
//! null: 1`, `Invalid value used as weak map key`, `x is not a function`), which the source text
//! alone cannot tell. So each listed built-in is replaced by a native of the same name and
//! length that calls Boa's own and, only when Boa's throws one of *its* errors with the message
//! listed here, rewords it from the actual receiver and arguments. Errors thrown by the
//! learner's callbacks pass through untouched (they are not Boa's native errors, or carry other
//! words), and a successful call costs one extra native frame.

use boa_engine::object::FunctionObjectBuilder;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, NativeFunction};

/// Rewords Boa's message for one built-in, given the receiver and the arguments of the call.
type Reword = fn(&Call, &str, &mut Context) -> Option<String>;

/// The receiver and arguments of a call that failed.
struct Call<'a> {
    this: &'a JsValue,
    args: &'a [JsValue],
}

impl Call<'_> {
    fn arg(&self, index: usize) -> JsValue {
        self.args.get(index).cloned().unwrap_or_default()
    }
}

/// How V8 names a value inside a message (`Object::NoSideEffectsToString`): strings as they
/// are, `Symbol(desc)`, functions by their source, errors as `Name: message`, arrays as
/// `[object Array]`, other objects as `#<Constructor>`.
pub fn describe(value: &JsValue, context: &mut Context) -> String {
    if let Some(symbol) = value.as_symbol() {
        return symbol.descriptive_string().to_std_string_escaped();
    }
    if let Some(big) = value.as_bigint() {
        return big.to_string();
    }
    let Some(object) = value.as_object() else {
        return value
            .to_string(context)
            .map(|s| s.to_std_string_escaped())
            .unwrap_or_default();
    };
    if object.is_callable() {
        let text = crate::instrument::strip_probes(&function_source(&object, context));
        if !text.is_empty() {
            return text;
        }
    }
    if object.is::<boa_engine::builtins::error::Error>()
        && let Ok(header) = crate::stack::error_header(&object, context)
    {
        return header;
    }
    if object.is_array() {
        return "[object Array]".to_string();
    }
    // V8 falls back to `Object.prototype.toString` when no constructor names the object.
    let named = object
        .get(boa_engine::js_string!("constructor"), context)
        .ok()
        .is_some_and(|c| c.is_object());
    if !named {
        return "[object Object]".to_string();
    }
    format!("#<{}>", constructor_name(&object, context))
}

fn function_source(object: &JsObject, context: &mut Context) -> String {
    let to_string = context
        .intrinsics()
        .constructors()
        .function()
        .prototype()
        .get(boa_engine::js_string!("toString"), context)
        .ok();
    to_string
        .and_then(|f| f.as_callable())
        .and_then(|f| f.call(&object.clone().into(), &[], context).ok())
        .and_then(|s| s.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default()
}

/// The name of the constructor on the prototype chain, as V8's `#<...>` shows it.
fn constructor_name(object: &JsObject, context: &mut Context) -> String {
    let constructor = object
        .get(boa_engine::js_string!("constructor"), context)
        .ok();
    constructor
        .and_then(|c| c.as_object())
        .and_then(|c| c.get(boa_engine::js_string!("name"), context).ok())
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "Object".to_string())
}

fn is_object_or_null(value: &JsValue) -> bool {
    value.is_object() || value.is_null()
}

/// `Object.create(proto)` and `Object.setPrototypeOf(o, proto)`.
fn prototype_argument(call: &Call, index: usize, context: &mut Context) -> Option<String> {
    let proto = call.arg(index);
    (!is_object_or_null(&proto)).then(|| {
        format!(
            "Object prototype may only be an Object or null: {}",
            describe(&proto, context)
        )
    })
}

fn object_create(call: &Call, _: &str, context: &mut Context) -> Option<String> {
    prototype_argument(call, 0, context)
}

fn object_set_prototype_of(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    let target = call.arg(0);
    if target.is_null_or_undefined() {
        return Some("Object.setPrototypeOf called on null or undefined".to_string());
    }
    if let Some(message) = prototype_argument(call, 1, context) {
        return Some(message);
    }
    if boa != "can't set prototype of this object" {
        return None;
    }
    if let Some(fixed) = crate::proxy_traps::falsish_message(boa, context) {
        return Some(fixed);
    }
    let object = target.as_object()?;
    // Boa says the same for V8's three cases: `Object.prototype`'s own, an object that
    // cannot change, or a cycle.
    let object_prototype = context.intrinsics().constructors().object().prototype();
    if JsObject::equals(&object, &object_prototype) {
        return Some(
            "Immutable prototype object 'Object.prototype' cannot have their prototype set"
                .to_string(),
        );
    }
    if !object.is_extensible(context).unwrap_or(true) {
        return Some(format!("{} is not extensible", describe(&target, context)));
    }
    Some("Cyclic __proto__ value".to_string())
}

/// `Object.defineProperties(o, props)`: Boa's `cannot redefine property: k` names the key,
/// which V8 words as `defineProperty` does (`Cannot redefine property: k`, or `Cannot define
/// property k, object is not extensible` for a key the object does not have).
fn object_define_properties(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    let key = boa.strip_prefix("cannot redefine property: ")?;
    let object = call.arg(0).as_object()?;
    let exists = object
        .has_own_property(JsString::from(key), context)
        .unwrap_or(true);
    Some(if exists {
        format!("Cannot redefine property: {key}")
    } else {
        format!("Cannot define property {key}, object is not extensible")
    })
}

fn object_define_property(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    let target = call.arg(0);
    let Some(object) = target.as_object() else {
        return Some("Object.defineProperty called on non-object".to_string());
    };
    let descriptor = call.arg(2);
    let Some(descriptor_object) = descriptor.as_object() else {
        return Some(format!(
            "Property description must be an object: {}",
            describe(&descriptor, context)
        ));
    };
    for (field, word) in [("get", "Getter"), ("set", "Setter")] {
        let accessor = descriptor_object
            .get(JsString::from(field), context)
            .unwrap_or_default();
        if !accessor.is_undefined() && !accessor.is_callable() {
            return Some(format!(
                "{word} must be a function: {}",
                describe(&accessor, context)
            ));
        }
    }
    if boa.starts_with("Invalid property descriptor.") {
        return Some(format!(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, {}",
            describe(&descriptor, context)
        ));
    }
    if boa.starts_with("cannot redefine property") {
        let key = call.arg(1).to_string(context).ok()?.to_std_string_escaped();
        if object.is::<boa_engine::builtins::proxy::Proxy>() {
            return Some(format!(
                "'defineProperty' on proxy: trap returned falsish for property '{key}'"
            ));
        }
        let exists = object
            .has_own_property(JsString::from(key.as_str()), context)
            .unwrap_or(true);
        return Some(if exists {
            format!("Cannot redefine property: {key}")
        } else {
            format!("Cannot define property {key}, object is not extensible")
        });
    }
    None
}

fn reflect_on_non_object(name: &'static str) -> impl Fn(&Call) -> Option<String> {
    move |call: &Call| {
        (!call.arg(0).is_object()).then(|| format!("Reflect.{name} called on non-object"))
    }
}

macro_rules! reflect_reword {
    ($fn_name:ident, $method:literal) => {
        fn $fn_name(call: &Call, _: &str, _: &mut Context) -> Option<String> {
            reflect_on_non_object($method)(call)
        }
    };
}
reflect_reword!(reflect_get, "get");
reflect_reword!(reflect_set, "set");
reflect_reword!(reflect_has, "has");
reflect_reword!(reflect_own_keys, "ownKeys");
reflect_reword!(reflect_define_property, "defineProperty");
reflect_reword!(reflect_delete_property, "deleteProperty");
reflect_reword!(reflect_get_prototype_of, "getPrototypeOf");
reflect_reword!(reflect_set_prototype_of, "setPrototypeOf");
reflect_reword!(
    reflect_get_own_property_descriptor,
    "getOwnPropertyDescriptor"
);
reflect_reword!(reflect_is_extensible, "isExtensible");
reflect_reword!(reflect_prevent_extensions, "preventExtensions");

fn reflect_apply(call: &Call, _: &str, context: &mut Context) -> Option<String> {
    let target = call.arg(0);
    (!target.is_callable()).then(|| {
        format!(
            "Function.prototype.apply was called on {}, which is {} and not a function",
            describe(&target, context),
            a_type_of(&target)
        )
    })
}

fn reflect_construct(call: &Call, _: &str, context: &mut Context) -> Option<String> {
    let target = call.arg(0);
    let constructs = target.as_object().is_some_and(|o| o.is_constructor());
    (!constructs).then(|| format!("{} is not a constructor", describe(&target, context)))
}

/// `typeof` with its article, as V8's apply message has it (`a number`, `an object`).
fn a_type_of(value: &JsValue) -> String {
    let kind = value.type_of();
    let article = if kind.starts_with('o') || kind.starts_with('u') {
        "an"
    } else {
        "a"
    };
    format!("{article} {kind}")
}

fn weak_map_set(call: &Call, boa: &str, _: &mut Context) -> Option<String> {
    (boa.starts_with("WeakMap.set:") && !call.arg(0).is_object())
        .then(|| "Invalid value used as weak map key".to_string())
}

fn weak_set_add(call: &Call, boa: &str, _: &mut Context) -> Option<String> {
    (boa.starts_with("WeakSet.add:") && !call.arg(0).is_object())
        .then(|| "Invalid value used in weak set".to_string())
}

fn number_to_string(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    boa.starts_with("radix must be")
        .then(|| "toString() radix argument must be between 2 and 36".to_string())
}

fn number_to_precision(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    boa.starts_with("precision must be")
        .then(|| "toPrecision() argument must be between 1 and 100".to_string())
}

fn number_to_fixed(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    (boa.contains("must be") && !boa.contains("Number"))
        .then(|| "toFixed() digits argument must be between 0 and 100".to_string())
}

fn string_repeat(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    if !boa.starts_with("String.prototype.repeat") && !boa.starts_with("Invalid count") {
        return None;
    }
    let count = call.arg(0).to_number(context).ok()?;
    Some(format!("Invalid count value: {}", number_text(count)))
}

/// A number as JavaScript's `String(n)` writes it, for the values a message can hold.
fn number_text(n: f64) -> String {
    if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else if n.is_nan() {
        "NaN".to_string()
    } else if n.fract() == 0.0 && n.abs() < 1e21 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A callback argument that is not callable: V8 says `<value> is not a function`.
fn callback_at(index: usize) -> impl Fn(&Call, &str, &mut Context) -> Option<String> {
    move |call: &Call, boa: &str, context: &mut Context| {
        let callback = call.arg(index);
        let boa_words = boa.contains("callable") || boa.contains("callback");
        (boa_words && !callback.is_callable())
            .then(|| format!("{} is not a function", describe(&callback, context)))
    }
}

/// `Atomics.add(ta, i, v)` and its siblings: V8's `ValidateIntegerTypedArray` names the value
/// (`[object Float64Array] is not an integer typed array.`, `#<Object>` for a plain object),
/// and `ValidateAtomicAccess` has one message for every bad index.
fn atomics_access(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    if boa == "index for typed array outside of bounds" || boa.starts_with("Index must be between")
    {
        return Some("Invalid atomic access index".to_string());
    }
    if let Some(message) = bigint_conversion(&call.arg(2), boa, context) {
        return Some(message);
    }
    let array = call.arg(0);
    let not_integer = boa.starts_with("platform doesn't support atomic operations")
        || boa == "`this` is not a typed array object";
    not_integer.then(|| {
        let shown = match array.as_object() {
            Some(object) if object.is::<boa_engine::builtins::typed_array::TypedArray>() => {
                format!("[object {}]", constructor_name(&object, context))
            }
            _ => describe(&array, context),
        };
        format!("{shown} is not an integer typed array.")
    })
}

/// `BigInt.asUintN(bits, n)`/`asIntN`: V8 checks `bits` with `ToIndex`'s words, and names a
/// value it cannot convert.
fn bigint_as_n(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    if boa.starts_with("Index must be between") {
        return Some("Invalid value: not (convertible to) a safe integer".to_string());
    }
    bigint_conversion(&call.arg(1), boa, context)
}

/// Boa's `cannot convert Symbol to a BigInt` names the type; V8 names the value.
fn bigint_conversion(value: &JsValue, boa: &str, context: &mut Context) -> Option<String> {
    // Boa names the type only for these; `cannot convert 1.5 to a BigInt` is a RangeError
    // `v8_messages` words.
    let converting = matches!(
        boa,
        "cannot convert Symbol to a BigInt" | "cannot convert Number to a BigInt"
    );
    converting.then(|| format!("Cannot convert {} to a BigInt", describe(value, context)))
}

/// `Function.prototype.call.call(1)`: V8's `Call` names the callee as the call printer shows
/// it; Boa's words name the value. Give Boa's call-site message back so `v8_messages` reads
/// the callee from the source.
fn function_call(call: &Call, boa: &str, _: &mut Context) -> Option<String> {
    (!call.this.is_callable() && boa.ends_with(" is not a function"))
        .then(|| "not a callable function".to_string())
}

fn function_bind(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    (boa == "cannot bind `this` without a `[[Call]]` internal method")
        .then(|| "Bind must be called on a function".to_string())
}

fn bigint_call(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    // A non-integral number (Boa's RangeError `cannot convert 1.5 to a BigInt`) is worded
    // here too, so the error gets the built-in's frame (`at BigInt (<anonymous>)`).
    bigint_conversion(&call.arg(0), boa, context).or_else(|| {
        let number = boa
            .strip_prefix("cannot convert ")?
            .strip_suffix(" to a BigInt")?;
        call.arg(0).is_number().then(|| {
            format!(
                "The number {number} cannot be converted to a BigInt because it is not an integer"
            )
        })
    })
}

/// `Map.prototype.forEach` and `Set.prototype.forEach` (Torque builtins in V8) name a
/// non-callable callback by its type and value: `number 1`, `string "x"`, `object null`,
/// plain `object` for any object, `undefined` alone.
fn collection_for_each(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    let callback = call.arg(0);
    if !boa.contains("non-callable callback") || callback.is_callable() {
        return None;
    }
    Some(format!(
        "{} is not a function",
        default_call_site(&callback, context)
    ))
}

/// How V8 names a non-callable value a built-in tried to call, with no source to quote
/// (`BuildDefaultCallSite`): its type, then the value (`number 5`, `string "x"`,
/// `object null`), `undefined` alone, an object as `object`.
pub fn default_call_site(value: &JsValue, context: &mut Context) -> String {
    if value.is_undefined() {
        "undefined".to_string()
    } else if value.is_null() {
        "object null".to_string()
    } else if value.is_object() {
        "object".to_string()
    } else if value.is_string() {
        format!("string \"{}\"", describe(value, context))
    } else {
        format!("{} {}", value.type_of(), describe(value, context))
    }
}

fn array_from(call: &Call, boa: &str, context: &mut Context) -> Option<String> {
    let map = call.arg(1);
    if map.is_undefined() {
        return None;
    }
    callback_at(1)(call, boa, context)
}

fn typed_array_set(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    boa.contains("offset")
        .then(|| "offset is out of bounds".to_string())
}

/// Methods of `Array.prototype` and `String.prototype` called on `null` or `undefined`. V8's
/// Torque builtins name themselves; the Array methods written in C++ or CSA (`includes`,
/// `slice`, `flatMap`) say `ToObject`'s words instead (as `toLocaleString` in `intl.js`). V8 names
/// `trimStart`/`trimEnd` by their legacy aliases, the functions they are.
fn on_null_receiver(owner: &'static str, method: &'static str, call: &Call) -> Option<String> {
    if !call.this.is_null_or_undefined() {
        return None;
    }
    if owner == "Array" && ARRAY_TO_OBJECT_METHODS.contains(&method) {
        return Some("Cannot convert undefined or null to object".to_string());
    }
    let method = match method {
        "trimStart" => "trimLeft",
        "trimEnd" => "trimRight",
        other => other,
    };
    Some(format!(
        "{owner}.prototype.{method} called on null or undefined"
    ))
}

/// The Array methods whose receiver check is `ToObject`'s (see `on_null_receiver`).
const ARRAY_TO_OBJECT_METHODS: [&str; 3] = ["includes", "slice", "flatMap"];

/// `String.prototype.toString`/`valueOf` on a non-string: V8's `ThisStringValue` words.
fn string_this_value(method: &'static str) -> impl Fn(&str) -> Option<String> {
    move |boa| {
        (boa == "'this' is not a string")
            .then(|| format!("String.prototype.{method} requires that 'this' be a String"))
    }
}

fn string_to_string(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    string_this_value("toString")(boa)
}

fn string_value_of(_: &Call, boa: &str, _: &mut Context) -> Option<String> {
    string_this_value("valueOf")(boa)
}

/// The Array methods that take a callback first, as V8 checks it.
const ARRAY_CALLBACK_METHODS: [&str; 11] = [
    "map",
    "forEach",
    "filter",
    "reduce",
    "reduceRight",
    "find",
    "findIndex",
    "findLast",
    "findLastIndex",
    "some",
    "every",
];

/// What a wrapper needs: the method it wraps, what it rewords, and for the generic
/// receiver check, its owner and name.
#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Wrapped {
    original: JsFunction,
    #[unsafe_ignore_trace]
    reword: Rewording,
    /// The method's name, for its frame in the error's stack.
    #[unsafe_ignore_trace]
    name: String,
}

#[derive(Clone, Copy)]
enum Rewording {
    Plain(Reword),
    /// An Array or String method: the receiver check, then the callback check.
    Prototype {
        owner: &'static str,
        method: &'static str,
        callback: bool,
    },
}

fn reword_for(
    rewording: Rewording,
    call: &Call,
    boa: &str,
    context: &mut Context,
) -> Option<String> {
    match rewording {
        Rewording::Plain(reword) => reword(call, boa, context),
        Rewording::Prototype {
            owner,
            method,
            callback,
        } => on_null_receiver(owner, method, call).or_else(|| {
            callback
                .then(|| callback_at(0)(call, boa, context))
                .flatten()
        }),
    }
}

fn wrapper(
    this: &JsValue,
    args: &[JsValue],
    wrapped: &Wrapped,
    context: &mut Context,
) -> JsResult<JsValue> {
    let result = wrapped.original.call(this, args, context);
    let Err(mut error) = result else {
        return result;
    };
    let boa = match error.as_native() {
        Some(native) => native.message().to_string(),
        None => return Err(error),
    };
    let call = Call { this, args };
    let Some(message) = reword_for(wrapped.reword, &call, &boa, context) else {
        return Err(error);
    };
    let thrower = frame_name(this, &wrapped.name, context);
    crate::stack::note_thrower(&message, &thrower, context);
    if let Some(native) = error.as_native_mut() {
        *native = native.clone().with_message(message);
    }
    Err(error)
}

/// How V8 names a built-in's frame: the receiver's type (its `@@toStringTag` for namespace
/// objects like `Atomics`, `Function` for a constructor's static), then the method; a plain
/// call (`BigInt(x)`) by the name alone.
pub fn frame_name(this: &JsValue, method: &str, context: &mut Context) -> String {
    let receiver = if this.is_null_or_undefined() {
        return method.to_string();
    } else if this.is_callable() {
        "Function".to_string()
    } else if let Some(object) = this.as_object() {
        let tag = object
            .get(boa_engine::JsSymbol::to_string_tag(), context)
            .ok()
            .and_then(|t| t.as_string().map(|s| s.to_std_string_escaped()));
        tag.unwrap_or_else(|| constructor_name(&object, context))
    } else {
        match this.type_of() {
            "number" => "Number",
            "string" => "String",
            "boolean" => "Boolean",
            "bigint" => "BigInt",
            _ => "Symbol",
        }
        .to_string()
    };
    format!("{receiver}.{method}")
}

/// Replace `owner[name]` by a wrapper that rewords Boa's errors.
fn wrap(owner: &JsObject, name: &str, reword: Rewording, context: &mut Context) -> JsResult<()> {
    crate::bindings::wrap_method(
        owner,
        name,
        wrapper,
        |original| Wrapped {
            original,
            reword,
            name: name.to_string(),
        },
        context,
    )
}

fn global_object(name: &str, context: &mut Context) -> JsResult<Option<JsObject>> {
    Ok(context
        .global_object()
        .get(JsString::from(name), context)?
        .as_object())
}

fn prototype_of(name: &str, context: &mut Context) -> JsResult<Option<JsObject>> {
    let Some(constructor) = global_object(name, context)? else {
        return Ok(None);
    };
    Ok(constructor
        .get(boa_engine::js_string!("prototype"), context)?
        .as_object())
}

/// V8's words for a value `Promise.all` and its siblings cannot iterate: the type, the value
/// for primitives (`number 42`, `boolean true`, `object null`), and which property it missed.
fn not_iterable_argument(value: &JsValue, context: &mut Context) -> Option<String> {
    let suffix = "is not iterable (cannot read property Symbol(Symbol.iterator))";
    if value.is_undefined() {
        return Some(format!("undefined {suffix}"));
    }
    if value.is_null() {
        return Some(format!("object null {suffix}"));
    }
    if value.is_string() {
        return None;
    }
    let iterator = value
        .to_object(context)
        .ok()?
        .get(boa_engine::JsSymbol::iterator(), context)
        .ok()?;
    if iterator.is_callable() {
        return None;
    }
    Some(match value.type_of() {
        "object" => format!("object {suffix}"),
        "symbol" => format!("symbol {suffix}"),
        "function" => format!("{} {suffix}", describe(value, context)),
        kind => format!("{kind} {} {suffix}", describe(value, context)),
    })
}

/// `Promise.all(iterable)` and its siblings: V8 rejects with its own words when the argument
/// cannot be iterated; Boa's words would say `value with type ...`.
fn promise_combinator(
    this: &JsValue,
    args: &[JsValue],
    original: &JsFunction,
    context: &mut Context,
) -> JsResult<JsValue> {
    let iterable = args.first().cloned().unwrap_or_default();
    if let Some(message) = not_iterable_argument(&iterable, context) {
        // V8 throws inside the builtin, whose frame tops the rejection's stack.
        let name = original
            .get(boa_engine::js_string!("name"), context)?
            .to_string(context)?
            .to_std_string_escaped();
        let thrower = frame_name(this, &name, context);
        crate::stack::note_thrower(&message, &thrower, context);
        // Made by the constructor, so it records the frames of this call (a native error
        // rejected without being thrown would carry none).
        let constructor = context
            .intrinsics()
            .constructors()
            .type_error()
            .constructor();
        let error = constructor.construct(&[JsString::from(message).into()], None, context)?;
        crate::own_stack::adopt(&error.clone().into(), context)?;
        let error = boa_engine::JsError::from_opaque(error.into());
        let promise = boa_engine::object::builtins::JsPromise::reject(error, context)?;
        return Ok(promise.into());
    }
    original.call(this, args, context)
}

/// Wrap every built-in listed here (called once, after the other built-in guards).
pub fn install(context: &mut Context) -> JsResult<()> {
    let plain: [(&str, &str, bool, Reword); 27] = [
        ("String", "toString", true, string_to_string),
        ("String", "valueOf", true, string_value_of),
        ("Object", "create", false, object_create),
        ("Object", "setPrototypeOf", false, object_set_prototype_of),
        ("Object", "defineProperty", false, object_define_property),
        (
            "Object",
            "defineProperties",
            false,
            object_define_properties,
        ),
        ("Reflect", "get", false, reflect_get),
        ("Reflect", "set", false, reflect_set),
        ("Reflect", "has", false, reflect_has),
        ("Reflect", "ownKeys", false, reflect_own_keys),
        ("Reflect", "defineProperty", false, reflect_define_property),
        ("Reflect", "deleteProperty", false, reflect_delete_property),
        ("Reflect", "getPrototypeOf", false, reflect_get_prototype_of),
        ("Reflect", "setPrototypeOf", false, reflect_set_prototype_of),
        (
            "Reflect",
            "getOwnPropertyDescriptor",
            false,
            reflect_get_own_property_descriptor,
        ),
        ("Reflect", "isExtensible", false, reflect_is_extensible),
        (
            "Reflect",
            "preventExtensions",
            false,
            reflect_prevent_extensions,
        ),
        ("Reflect", "apply", false, reflect_apply),
        ("Reflect", "construct", false, reflect_construct),
        ("WeakMap", "set", true, weak_map_set),
        ("WeakSet", "add", true, weak_set_add),
        ("Number", "toString", true, number_to_string),
        ("Number", "toPrecision", true, number_to_precision),
        ("Number", "toFixed", true, number_to_fixed),
        ("String", "repeat", true, string_repeat),
        ("Map", "forEach", true, collection_for_each),
        ("Set", "forEach", true, collection_for_each),
    ];
    for (owner, method, on_prototype, reword) in plain {
        let target = if on_prototype {
            prototype_of(owner, context)?
        } else {
            global_object(owner, context)?
        };
        if let Some(target) = target {
            wrap(&target, method, Rewording::Plain(reword), context)?;
        }
    }
    if let Some(promise) = global_object("Promise", context)? {
        for name in ["all", "race", "allSettled", "any"] {
            let key = JsString::from(name);
            let Some(original) = promise
                .get(key.clone(), context)?
                .as_object()
                .and_then(JsFunction::from_object)
            else {
                continue;
            };
            let function = FunctionObjectBuilder::new(
                context.realm(),
                NativeFunction::from_copy_closure_with_captures(promise_combinator, original),
            )
            .name(key.clone())
            .length(1)
            .build();
            crate::bindings::define_hidden(&promise, key, function, context)?;
        }
    }
    if let Some(array) = global_object("Array", context)? {
        wrap(&array, "from", Rewording::Plain(array_from), context)?;
    }
    if let Some(atomics) = global_object("Atomics", context)? {
        for name in [
            "add",
            "and",
            "compareExchange",
            "exchange",
            "load",
            "or",
            "store",
            "sub",
            "xor",
        ] {
            wrap(&atomics, name, Rewording::Plain(atomics_access), context)?;
        }
    }
    install_bigint(context)?;
    let function_prototype = context.intrinsics().constructors().function().prototype();
    for name in ["call", "apply"] {
        wrap(
            &function_prototype,
            name,
            Rewording::Plain(function_call),
            context,
        )?;
    }
    wrap(
        &function_prototype,
        "bind",
        Rewording::Plain(function_bind),
        context,
    )?;
    // `set` lives on %TypedArray%.prototype, the prototype of Uint8Array.prototype.
    if let Some(typed) = prototype_of("Uint8Array", context)?
        && let Some(typed_array) = typed.prototype()
    {
        wrap(
            &typed_array,
            "set",
            Rewording::Plain(typed_array_set),
            context,
        )?;
    }
    for (owner, methods) in [
        ("Array", array_receiver_methods()),
        ("String", string_receiver_methods()),
    ] {
        let Some(prototype) = prototype_of(owner, context)? else {
            continue;
        };
        for method in methods {
            let rewording = Rewording::Prototype {
                owner: if owner == "Array" { "Array" } else { "String" },
                method,
                callback: owner == "Array" && ARRAY_CALLBACK_METHODS.contains(&method),
            };
            wrap(&prototype, method, rewording, context)?;
        }
        // `trimLeft`/`trimRight` are the very functions `trimStart`/`trimEnd` (Annex B).
        if owner == "String" {
            for (alias, name) in [("trimLeft", "trimStart"), ("trimRight", "trimEnd")] {
                let function = prototype.get(JsString::from(name), context)?;
                crate::bindings::define_hidden(
                    &prototype,
                    JsString::from(alias),
                    function,
                    context,
                )?;
            }
        }
    }
    Ok(())
}

/// `BigInt` and its statics: `BigInt(value)` itself is replaced (by a function that is no
/// constructor, as the original), keeping the prototype and the statics.
fn install_bigint(context: &mut Context) -> JsResult<()> {
    let Some(original) = global_object("BigInt", context)? else {
        return Ok(());
    };
    for name in ["asUintN", "asIntN"] {
        wrap(&original, name, Rewording::Plain(bigint_as_n), context)?;
    }
    let global = context.global_object();
    wrap(&global, "BigInt", Rewording::Plain(bigint_call), context)?;
    let Some(wrapper) = global_object("BigInt", context)? else {
        return Ok(());
    };
    let prototype = original.get(boa_engine::js_string!("prototype"), context)?;
    crate::bindings::adopt_prototype(&wrapper, &prototype, context)?;
    for name in ["asUintN", "asIntN"] {
        let key = JsString::from(name);
        let method = original.get(key.clone(), context)?;
        crate::bindings::define_hidden(&wrapper, key, method, context)?;
    }
    Ok(())
}

fn array_receiver_methods() -> Vec<&'static str> {
    let mut methods = ARRAY_CALLBACK_METHODS.to_vec();
    methods.extend(["flatMap", "includes", "indexOf", "slice", "concat"]);
    methods
}

fn string_receiver_methods() -> Vec<&'static str> {
    vec![
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
        "fixed",
        "fontcolor",
        "fontsize",
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
        "startsWith",
        "strike",
        "sub",
        "substr",
        "substring",
        "sup",
        "toLocaleLowerCase",
        "toLocaleUpperCase",
        "toLowerCase",
        "toUpperCase",
        "toWellFormed",
        "trim",
        "trimEnd",
        "trimStart",
    ]
}
