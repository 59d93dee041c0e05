//! The constructor V8 keeps in an object's map, for the class name of an object whose
//! prototype changed (`[Foo: null prototype] { a: 1 }`).
//!
//! V8's `GetConstructorName` (Node's `internalGetConstructorName`, used by inspect when the
//! prototype chain names no constructor) first reads the constructor recorded in the object's
//! map when it was made by `new F()` (F the base of the construction), and a prototype change
//! keeps that map's constructor. Boa keeps no such record, so the three ways to change a
//! prototype (`Object.setPrototypeOf`, `Reflect.setPrototypeOf`, the `__proto__` setter) are
//! wrapped by natives of the same name and length that note, before the first change, the
//! constructor the object was presumably made by: the current prototype's own `constructor`
//! when that function's `prototype` is it, it is not `Object`, and it is a base constructor (a
//! derived class's instance gets its map from `new.target` with `new_target_is_base` false,
//! so V8 does not use it). `Object.create(proto)` makes an object whose map's constructor is
//! `Object`: it is noted as having none, so a later change does not guess.

use boa_engine::object::builtins::{JsFunction, JsWeakMap};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::property::{PropertyDescriptor, PropertyKey};
use boa_engine::{Context, JsResult, JsString, JsValue, NativeFunction, js_string};

/// object → the name of its map's constructor (`""` for none), noted before its first
/// prototype change.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Names(JsWeakMap);

#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Original(JsFunction);

fn names(context: &Context) -> Option<JsWeakMap> {
    context.get_data::<Names>().map(|n| n.0.clone())
}

/// An own data property, read without running any code (no getter, no proxy trap).
fn own_data(object: &JsObject, key: &str) -> Option<JsValue> {
    if object.is::<boa_engine::builtins::proxy::Proxy>() {
        return None;
    }
    let key = PropertyKey::from(JsString::from(key));
    let desc = object.borrow().properties().get(&key)?;
    desc.value().cloned()
}

/// The base constructor whose `new` presumably made `object`: the name of its prototype's own
/// `constructor`, when that is such a function.
fn guess(object: &JsObject, context: &mut Context) -> Option<JsString> {
    let proto = object.prototype()?;
    let ctor = own_data(&proto, "constructor")?.as_object()?;
    if !ctor.is_constructor() {
        return None;
    }
    let own_proto = own_data(&ctor, "prototype")?.as_object()?;
    if !JsObject::equals(&own_proto, &proto) {
        return None;
    }
    // A derived class's [[Prototype]] is its parent; a base's is Function.prototype.
    let function_proto = context.intrinsics().constructors().function().prototype();
    if !ctor
        .prototype()
        .is_some_and(|p| JsObject::equals(&p, &function_proto))
    {
        return None;
    }
    let name = own_data(&ctor, "name")?.as_string()?;
    if name.is_empty() || name == js_string!("Object") {
        return None;
    }
    Some(name)
}

/// Note `object`'s constructor before its prototype first changes.
fn note(object: &JsValue, context: &mut Context) -> JsResult<()> {
    let (Some(object), Some(table)) = (object.as_object(), names(context)) else {
        return Ok(());
    };
    if table.has(&object, context)? {
        return Ok(());
    }
    let name = guess(&object, context).unwrap_or_default();
    table.set(&object, name.into(), context)?;
    Ok(())
}

/// `native.mapConstructorName(object)`: the name noted for `object`, or undefined.
pub fn map_constructor_name(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let (Some(object), Some(table)) = (args.first().and_then(JsValue::as_object), names(context))
    else {
        return Ok(JsValue::undefined());
    };
    let name = table.get(&object, context)?;
    Ok(match name.as_string() {
        Some(s) if !s.is_empty() => name,
        _ => JsValue::undefined(),
    })
}

/// `Object.setPrototypeOf(o, proto)` / `Reflect.setPrototypeOf(o, proto)`.
fn set_prototype_of(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    note(&args.first().cloned().unwrap_or_default(), context)?;
    original.0.call(this, args, context)
}

/// `Object.prototype.__proto__`'s setter.
fn proto_setter(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    note(this, context)?;
    original.0.call(this, args, context)
}

/// `Object.create(proto, properties)`: its object's map constructor is `Object`.
fn create(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    let made = original.0.call(this, args, context)?;
    if let (Some(object), Some(table)) = (made.as_object(), names(context))
        && guess(&object, context).is_some()
    {
        table.set(&object, js_string!().into(), context)?;
    }
    Ok(made)
}

type Wrapper = fn(&JsValue, &[JsValue], &Original, &mut Context) -> JsResult<JsValue>;

fn wrapped(
    original: JsFunction,
    name: &str,
    length: usize,
    f: Wrapper,
    context: &mut Context,
) -> JsFunction {
    FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(f, Original(original)),
    )
    .name(JsString::from(name))
    .length(length)
    .build()
}

fn wrap_method(
    owner: &JsObject,
    name: &str,
    length: usize,
    f: Wrapper,
    context: &mut Context,
) -> JsResult<()> {
    let Some(original) = owner
        .get(JsString::from(name), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let function = wrapped(original, name, length, f, context);
    crate::bindings::define_hidden(owner, JsString::from(name), function, context)
}

/// Wrap the prototype changers and `Object.create` (called once per run).
pub fn install(context: &mut Context) -> JsResult<()> {
    let table = JsWeakMap::new(context);
    context.insert_data(Names(table));
    let object = context.intrinsics().constructors().object().constructor();
    let reflect = context.intrinsics().objects().reflect();
    wrap_method(&object, "setPrototypeOf", 2, set_prototype_of, context)?;
    wrap_method(&object, "create", 2, create, context)?;
    wrap_method(&reflect, "setPrototypeOf", 2, set_prototype_of, context)?;
    let object_proto = context.intrinsics().constructors().object().prototype();
    let key = PropertyKey::from(js_string!("__proto__"));
    let desc = object_proto.borrow().properties().get(&key);
    if let Some(desc) = desc
        && let Some(setter) = desc.set().and_then(JsValue::as_object)
        && let Some(setter) = JsFunction::from_object(setter.clone())
    {
        let function = wrapped(setter, "set __proto__", 1, proto_setter, context);
        object_proto.define_property_or_throw(
            key,
            PropertyDescriptor::builder()
                .maybe_get(desc.get().cloned())
                .set(function)
                .enumerable(false)
                .configurable(true),
            context,
        )?;
    }
    Ok(())
}
