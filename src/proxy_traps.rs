//! A proxy's traps with V8's invariant checks and words.
//!
//! Boa checks a proxy's invariants too, but words them its own way (`Proxy trap returned
//! unexpected data descriptor`), and V8's messages name the trap, the property and the values
//! (`'get' on proxy: property 'x' is a read-only and non-configurable data property on the
//! proxy target but the proxy did not return its actual value (expected '1' but got '2')`).
//! So `new Proxy(target, handler)` gives Boa a forwarding handler instead of the learner's:
//! each of its thirteen traps looks the learner's trap up when it runs (a handler may gain or
//! lose traps later), calls it with the learner's handler as `this`, or forwards to the target
//! through `Reflect` as the spec's default does, and checks the result as ECMA-262 10.5 orders
//! the checks, throwing V8's message. Boa's own checks then always pass. Revocation is the
//! forwarding handler's too, so a revoked proxy names the operation tried
//! (`Cannot perform 'set' on a proxy that has been revoked`).
//!
//! When the target is itself a proxy, the checks would run its traps a second time (Boa runs
//! them again), which a program could see: then only the learner's trap is called and Boa's
//! checks stand alone.

use std::cell::Cell;

use crate::native_args::arg;
use boa_engine::object::{JsObject, ObjectInitializer};
use boa_engine::{
    Context, JsError, JsNativeError, JsResult, JsString, JsValue, NativeFunction, js_string,
};

/// The learner's handler behind a forwarding handler.
#[derive(boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Forward {
    handler: JsObject,
    #[unsafe_ignore_trace]
    revoked: Cell<bool>,
}

/// The forwarding traps' shared prototype and the `Reflect` functions they forward to, taken
/// before the program can change them.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Traps {
    prototype: JsObject,
    reflect: JsObject,
}

/// The last trap that returned falsish, with its key as V8 prints it, until the next trap
/// runs: Boa then throws its own error for a strict assignment or `delete`, or for
/// `Object.preventExtensions`/`setPrototypeOf`, and `falsish_message` words it as V8 does.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Falsish {
    #[unsafe_ignore_trace]
    trap: &'static str,
    #[unsafe_ignore_trace]
    key: String,
}

fn note_falsish(trap: &'static str, key: Option<&JsValue>, context: &mut Context) {
    let key = key.map(|k| describe(k, context)).unwrap_or_default();
    context.insert_data(Falsish { trap, key });
}

/// V8's message for Boa's error after a trap returned falsish (the note is used up).
pub fn falsish_message(message: &str, context: &mut Context) -> Option<String> {
    let note = context.get_data::<Falsish>()?.clone();
    let fixed = match (note.trap, message) {
        ("set", m) if m.strip_prefix("cannot set non-writable property: ") == Some(&note.key) => {
            format!(
                "'set' on proxy: trap returned falsish for property '{}'",
                note.key
            )
        }
        ("deleteProperty", "Cannot delete property") => format!(
            "'deleteProperty' on proxy: trap returned falsish for property '{}'",
            note.key
        ),
        ("preventExtensions", "cannot prevent extensions") => {
            "'preventExtensions' on proxy: trap returned falsish".to_string()
        }
        // V8's `Object.setPrototypeOf` names no property, and says so.
        ("setPrototypeOf", "can't set prototype of this object") => {
            "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'".to_string()
        }
        _ => return None,
    };
    context.remove_data::<Falsish>();
    Some(fixed)
}

/// The forwarding handler for a new proxy of `handler` (made before Boa's `Proxy` is called).
pub fn forwarding_handler(handler: &JsObject, context: &mut Context) -> Option<JsObject> {
    let traps = context.get_data::<Traps>()?.clone();
    Some(JsObject::from_proto_and_data(
        traps.prototype.clone(),
        Forward {
            handler: handler.clone(),
            revoked: Cell::new(false),
        },
    ))
}

/// Marks a forwarding handler revoked: every trap then throws V8's revoked-proxy error.
pub fn revoke(forwarding: &JsObject) {
    if let Some(forward) = forwarding.downcast_ref::<Forward>() {
        forward.revoked.set(true);
    }
}

fn type_error(message: String) -> JsError {
    JsNativeError::typ().with_message(message).into()
}

fn describe(value: &JsValue, context: &mut Context) -> String {
    crate::v8_builtins::describe(value, context)
}

/// What a trap call needs: the learner's handler, the target, and the learner's trap.
struct Trap {
    handler: JsObject,
    target: JsObject,
    trap: Option<JsObject>,
}

/// `GetMethod(handler, name)` after the revoked check, as V8 words both failures.
fn trap(this: &JsValue, name: &str, args: &[JsValue], context: &mut Context) -> JsResult<Trap> {
    let forward = this.as_object().and_then(|o| {
        o.downcast_ref::<Forward>()
            .map(|f| (f.handler.clone(), f.revoked.get()))
    });
    let Some((handler, revoked)) = forward else {
        return Err(type_error(format!(
            "Cannot perform '{name}' on a proxy that has been revoked"
        )));
    };
    if revoked {
        return Err(type_error(format!(
            "Cannot perform '{name}' on a proxy that has been revoked"
        )));
    }
    let target = args
        .first()
        .and_then(JsValue::as_object)
        .ok_or_else(|| type_error(format!("Cannot perform '{name}' on a proxy")))?;
    context.remove_data::<Falsish>();
    let value = handler.get(JsString::from(name), context)?;
    let trap = if value.is_null_or_undefined() {
        None
    } else if let Some(callable) = value.as_callable() {
        Some(callable.clone())
    } else {
        let shown = describe(&value, context);
        let owner = describe(&handler.clone().into(), context);
        return Err(type_error(format!(
            "'{shown}' returned for property '{name}' of object '{owner}' is not a function"
        )));
    };
    Ok(Trap {
        handler,
        target,
        trap,
    })
}

impl Trap {
    fn call(&self, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
        match &self.trap {
            Some(trap) => trap.call(&self.handler.clone().into(), args, context),
            None => Ok(JsValue::undefined()),
        }
    }

    /// Whether the invariants are checked here (see the module's note on proxy targets).
    fn checked(&self) -> bool {
        !self.target.is::<boa_engine::builtins::proxy::Proxy>()
    }
}

/// `Reflect[name](...args)`, the spec's default when a trap is missing.
fn reflect(name: &str, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let reflect = context
        .get_data::<Traps>()
        .map(|t| t.reflect.clone())
        .ok_or_else(|| type_error("Reflect is missing".to_string()))?;
    let function = reflect.get(JsString::from(name), context)?;
    let function = function
        .as_callable()
        .ok_or_else(|| type_error(format!("Reflect.{name} is missing")))?;
    function.call(&JsValue::undefined(), args, context)
}

/// The target's own descriptor of a key, as `Reflect.getOwnPropertyDescriptor` gives it.
struct Descriptor(Option<JsObject>);

impl Descriptor {
    fn of(target: &JsObject, key: &JsValue, context: &mut Context) -> JsResult<Self> {
        let desc = reflect(
            "getOwnPropertyDescriptor",
            &[target.clone().into(), key.clone()],
            context,
        )?;
        Ok(Self(desc.as_object()))
    }

    fn field(&self, name: &str, context: &mut Context) -> JsResult<Option<JsValue>> {
        let Some(desc) = &self.0 else {
            return Ok(None);
        };
        if !desc.has_own_property(JsString::from(name), context)? {
            return Ok(None);
        }
        desc.get(JsString::from(name), context).map(Some)
    }

    fn flag(&self, name: &str, context: &mut Context) -> JsResult<bool> {
        Ok(self.field(name, context)?.is_some_and(|v| v.to_boolean()))
    }

    fn exists(&self) -> bool {
        self.0.is_some()
    }

    fn is_data(&self, context: &mut Context) -> JsResult<bool> {
        Ok(self.field("value", context)?.is_some() || self.field("writable", context)?.is_some())
    }
}

fn is_extensible(target: &JsObject, context: &mut Context) -> JsResult<bool> {
    Ok(reflect("isExtensible", &[target.clone().into()], context)?.to_boolean())
}

fn get(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "get", args, context)?;
    if t.trap.is_none() {
        return reflect("get", &args[..args.len().min(3)], context);
    }
    let key = arg(args, 1);
    let result = t.call(
        &[t.target.clone().into(), key.clone(), arg(args, 2)],
        context,
    )?;
    if !t.checked() {
        return Ok(result);
    }
    let desc = Descriptor::of(&t.target, &key, context)?;
    if desc.exists() && !desc.flag("configurable", context)? {
        if let Some(value) = desc.field("value", context)?
            && !desc.flag("writable", context)?
            && !JsValue::same_value(&value, &result)
        {
            let (name, expected, got) = (
                describe(&key, context),
                describe(&value, context),
                describe(&result, context),
            );
            return Err(type_error(format!(
                "'get' on proxy: property '{name}' is a read-only and non-configurable data \
                 property on the proxy target but the proxy did not return its actual value \
                 (expected '{expected}' but got '{got}')"
            )));
        }
        if !desc.is_data(context)?
            && desc.field("get", context)?.is_none_or(|g| g.is_undefined())
            && !result.is_undefined()
        {
            let (name, got) = (describe(&key, context), describe(&result, context));
            return Err(type_error(format!(
                "'get' on proxy: property '{name}' is a non-configurable accessor property on \
                 the proxy target and does not have a getter function, but the trap did not \
                 return 'undefined' (got '{got}')"
            )));
        }
    }
    Ok(result)
}

fn set(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "set", args, context)?;
    if t.trap.is_none() {
        return reflect("set", &args[..args.len().min(4)], context);
    }
    let key = arg(args, 1);
    let value = arg(args, 2);
    let ok = t
        .call(
            &[
                t.target.clone().into(),
                key.clone(),
                value.clone(),
                arg(args, 3),
            ],
            context,
        )?
        .to_boolean();
    if !ok {
        note_falsish("set", Some(&key), context);
    }
    if !ok || !t.checked() {
        return Ok(ok.into());
    }
    let desc = Descriptor::of(&t.target, &key, context)?;
    if desc.exists() && !desc.flag("configurable", context)? {
        let name = describe(&key, context);
        if let Some(current) = desc.field("value", context)?
            && !desc.flag("writable", context)?
            && !JsValue::same_value(&current, &value)
        {
            return Err(type_error(format!(
                "'set' on proxy: trap returned truish for property '{name}' which exists in \
                 the proxy target as a non-configurable and non-writable data property with a \
                 different value"
            )));
        }
        if !desc.is_data(context)? && desc.field("set", context)?.is_none_or(|s| s.is_undefined()) {
            return Err(type_error(format!(
                "'set' on proxy: trap returned truish for property '{name}' which exists in \
                 the proxy target as a non-configurable and non-writable accessor property \
                 without a setter"
            )));
        }
    }
    Ok(true.into())
}

fn has(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "has", args, context)?;
    if t.trap.is_none() {
        return reflect("has", &args[..args.len().min(2)], context);
    }
    let key = arg(args, 1);
    let found = t
        .call(&[t.target.clone().into(), key.clone()], context)?
        .to_boolean();
    if found || !t.checked() {
        return Ok(found.into());
    }
    let desc = Descriptor::of(&t.target, &key, context)?;
    if desc.exists() {
        let name = describe(&key, context);
        if !desc.flag("configurable", context)? {
            return Err(type_error(format!(
                "'has' on proxy: trap returned falsish for property '{name}' which exists in \
                 the proxy target as non-configurable"
            )));
        }
        if !is_extensible(&t.target, context)? {
            return Err(type_error(format!(
                "'has' on proxy: trap returned falsish for property '{name}' but the proxy \
                 target is not extensible"
            )));
        }
    }
    Ok(false.into())
}

fn delete_property(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "deleteProperty", args, context)?;
    if t.trap.is_none() {
        return reflect("deleteProperty", &args[..args.len().min(2)], context);
    }
    let key = arg(args, 1);
    let ok = t
        .call(&[t.target.clone().into(), key.clone()], context)?
        .to_boolean();
    if !ok {
        note_falsish("deleteProperty", Some(&key), context);
    }
    if !ok || !t.checked() {
        return Ok(ok.into());
    }
    let desc = Descriptor::of(&t.target, &key, context)?;
    if desc.exists() {
        let name = describe(&key, context);
        if !desc.flag("configurable", context)? {
            return Err(type_error(format!(
                "'deleteProperty' on proxy: trap returned truish for property '{name}' which \
                 is non-configurable in the proxy target"
            )));
        }
        if !is_extensible(&t.target, context)? {
            return Err(type_error(format!(
                "'deleteProperty' on proxy: trap returned truish for property '{name}' but \
                 the proxy target is non-extensible"
            )));
        }
    }
    Ok(true.into())
}

fn define_property(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "defineProperty", args, context)?;
    if t.trap.is_none() {
        return reflect("defineProperty", &args[..args.len().min(3)], context);
    }
    let key = arg(args, 1);
    let desc_value = arg(args, 2);
    let ok = t
        .call(
            &[t.target.clone().into(), key.clone(), desc_value.clone()],
            context,
        )?
        .to_boolean();
    if !ok || !t.checked() {
        return Ok(ok.into());
    }
    let asked = Descriptor(desc_value.as_object());
    let setting_non_configurable = asked
        .field("configurable", context)?
        .is_some_and(|c| !c.to_boolean());
    let current = Descriptor::of(&t.target, &key, context)?;
    let extensible = is_extensible(&t.target, context)?;
    let name = describe(&key, context);
    if !current.exists() {
        if !extensible {
            return Err(type_error(format!(
                "'defineProperty' on proxy: trap returned truish for adding property '{name}'  \
                 to the non-extensible proxy target"
            )));
        }
        if setting_non_configurable {
            return Err(type_error(format!(
                "'defineProperty' on proxy: trap returned truish for defining non-configurable \
                 property '{name}' which is either non-existent or configurable in the proxy \
                 target"
            )));
        }
        return Ok(true.into());
    }
    // (Incompatible descriptors are left to Boa's own check.)
    if setting_non_configurable && current.flag("configurable", context)? {
        return Err(type_error(format!(
            "'defineProperty' on proxy: trap returned truish for defining non-configurable \
             property '{name}' which is either non-existent or configurable in the proxy target"
        )));
    }
    if current.is_data(context)?
        && !current.flag("configurable", context)?
        && current.flag("writable", context)?
        && asked
            .field("writable", context)?
            .is_some_and(|w| !w.to_boolean())
    {
        return Err(type_error(format!(
            "'defineProperty' on proxy: trap returned truish for defining non-configurable \
             property '{name}' which cannot be non-writable, unless there exists a \
             corresponding non-configurable, non-writable own property of the target object."
        )));
    }
    Ok(true.into())
}

fn get_own_property_descriptor(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let t = trap(this, "getOwnPropertyDescriptor", args, context)?;
    if t.trap.is_none() {
        return reflect(
            "getOwnPropertyDescriptor",
            &args[..args.len().min(2)],
            context,
        );
    }
    let key = arg(args, 1);
    let result = t.call(&[t.target.clone().into(), key.clone()], context)?;
    if !t.checked() {
        return Ok(result);
    }
    let name = describe(&key, context);
    if !result.is_object() && !result.is_undefined() {
        return Err(type_error(format!(
            "'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined \
             for property '{name}'"
        )));
    }
    let current = Descriptor::of(&t.target, &key, context)?;
    if result.is_undefined() {
        if !current.exists() {
            return Ok(result);
        }
        if !current.flag("configurable", context)? {
            return Err(type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property \
                 '{name}' which is non-configurable in the proxy target"
            )));
        }
        if !is_extensible(&t.target, context)? {
            return Err(type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property \
                 '{name}' which exists in the non-extensible proxy target"
            )));
        }
        return Ok(result);
    }
    // (Incompatible descriptors are left to Boa's own check.)
    let reported = Descriptor(result.as_object());
    if !reported.flag("configurable", context)? {
        if !current.exists() || current.flag("configurable", context)? {
            return Err(type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap reported non-configurability for \
                 property '{name}' which is either non-existent or configurable in the proxy \
                 target"
            )));
        }
        if reported
            .field("writable", context)?
            .is_some_and(|w| !w.to_boolean())
            && current.flag("writable", context)?
        {
            return Err(type_error(format!(
                "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and \
                 writable for property '{name}' which is non-configurable, non-writable in the \
                 proxy target"
            )));
        }
    }
    Ok(result)
}

fn own_keys(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "ownKeys", args, context)?;
    if t.trap.is_none() {
        return reflect("ownKeys", &args[..args.len().min(1)], context);
    }
    let result = t.call(&[t.target.clone().into()], context)?;
    if !t.checked() {
        return Ok(result);
    }
    let Some(list) = result.as_object() else {
        return Err(type_error(
            "CreateListFromArrayLike called on non-object".to_string(),
        ));
    };
    let length = list
        .get(js_string!("length"), context)?
        .to_length(context)?;
    let mut keys: Vec<JsValue> = Vec::new();
    for index in 0..length {
        let key = list.get(index, context)?;
        if !key.is_string() && !key.is_symbol() {
            let shown = describe(&key, context);
            return Err(type_error(format!("{shown} is not a valid property name")));
        }
        if keys.iter().any(|k| JsValue::same_value(k, &key)) {
            return Err(type_error(
                "'ownKeys' on proxy: trap returned duplicate entries".to_string(),
            ));
        }
        keys.push(key);
    }
    let extensible = is_extensible(&t.target, context)?;
    let target_keys = reflect("ownKeys", &[t.target.clone().into()], context)?;
    let target_keys = target_keys
        .as_object()
        .map(|o| -> JsResult<Vec<JsValue>> {
            let n = o.get(js_string!("length"), context)?.to_length(context)?;
            (0..n).map(|i| o.get(i, context)).collect()
        })
        .transpose()?
        .unwrap_or_default();
    let mut fixed = Vec::new();
    let mut loose = Vec::new();
    for key in target_keys {
        let desc = Descriptor::of(&t.target, &key, context)?;
        if desc.exists() && !desc.flag("configurable", context)? {
            fixed.push(key);
        } else {
            loose.push(key);
        }
    }
    if extensible && fixed.is_empty() {
        return Ok(result);
    }
    let mut unchecked = keys;
    let mut must_include = fixed;
    if !extensible {
        must_include.extend(loose);
    }
    for key in must_include {
        let Some(at) = unchecked.iter().position(|k| JsValue::same_value(k, &key)) else {
            let shown = describe(&key, context);
            return Err(type_error(format!(
                "'ownKeys' on proxy: trap result did not include '{shown}'"
            )));
        };
        unchecked.remove(at);
    }
    if !extensible && !unchecked.is_empty() {
        return Err(type_error(
            "'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible"
                .to_string(),
        ));
    }
    Ok(result)
}

fn get_prototype_of(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "getPrototypeOf", args, context)?;
    if t.trap.is_none() {
        return reflect("getPrototypeOf", &args[..args.len().min(1)], context);
    }
    let result = t.call(&[t.target.clone().into()], context)?;
    if !t.checked() {
        return Ok(result);
    }
    if !result.is_object() && !result.is_null() {
        return Err(type_error(
            "'getPrototypeOf' on proxy: trap returned neither object nor null".to_string(),
        ));
    }
    if is_extensible(&t.target, context)? {
        return Ok(result);
    }
    let actual = reflect("getPrototypeOf", &[t.target.clone().into()], context)?;
    if !JsValue::same_value(&actual, &result) {
        return Err(type_error(
            "'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not \
             return its actual prototype"
                .to_string(),
        ));
    }
    Ok(result)
}

fn set_prototype_of(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "setPrototypeOf", args, context)?;
    if t.trap.is_none() {
        return reflect("setPrototypeOf", &args[..args.len().min(2)], context);
    }
    let proto = arg(args, 1);
    let ok = t
        .call(&[t.target.clone().into(), proto.clone()], context)?
        .to_boolean();
    if !ok {
        note_falsish("setPrototypeOf", None, context);
    }
    if !ok || !t.checked() || is_extensible(&t.target, context)? {
        return Ok(ok.into());
    }
    let actual = reflect("getPrototypeOf", &[t.target.clone().into()], context)?;
    if !JsValue::same_value(&actual, &proto) {
        return Err(type_error(
            "'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on \
             the non-extensible proxy target"
                .to_string(),
        ));
    }
    Ok(true.into())
}

fn is_extensible_trap(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let t = trap(this, "isExtensible", args, context)?;
    if t.trap.is_none() {
        return reflect("isExtensible", &args[..args.len().min(1)], context);
    }
    let result = t.call(&[t.target.clone().into()], context)?.to_boolean();
    if !t.checked() {
        return Ok(result.into());
    }
    let actual = is_extensible(&t.target, context)?;
    if actual != result {
        return Err(type_error(format!(
            "'isExtensible' on proxy: trap result does not reflect extensibility of proxy \
             target (which is '{actual}')"
        )));
    }
    Ok(result.into())
}

fn prevent_extensions(
    this: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let t = trap(this, "preventExtensions", args, context)?;
    if t.trap.is_none() {
        return reflect("preventExtensions", &args[..args.len().min(1)], context);
    }
    let ok = t.call(&[t.target.clone().into()], context)?.to_boolean();
    if !ok {
        note_falsish("preventExtensions", None, context);
    }
    if ok && t.checked() && is_extensible(&t.target, context)? {
        return Err(type_error(
            "'preventExtensions' on proxy: trap returned truish but the proxy target is \
             extensible"
                .to_string(),
        ));
    }
    Ok(ok.into())
}

fn apply(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "apply", args, context)?;
    if t.trap.is_none() {
        return reflect("apply", &args[..args.len().min(3)], context);
    }
    t.call(
        &[t.target.clone().into(), arg(args, 1), arg(args, 2)],
        context,
    )
}

fn construct(this: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let t = trap(this, "construct", args, context)?;
    if t.trap.is_none() {
        return reflect("construct", &args[..args.len().min(3)], context);
    }
    let result = t.call(
        &[t.target.clone().into(), arg(args, 1), arg(args, 2)],
        context,
    )?;
    if !result.is_object() {
        let shown = describe(&result, context);
        return Err(type_error(format!(
            "'construct' on proxy: trap returned non-object ('{shown}')"
        )));
    }
    Ok(result)
}

type TrapFn = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

/// Makes the forwarding traps (called once per run, before the program runs).
pub fn install(context: &mut Context) -> JsResult<()> {
    let Some(reflect) = context
        .global_object()
        .get(js_string!("Reflect"), context)?
        .as_object()
    else {
        return Ok(());
    };
    let traps: [(&str, TrapFn); 13] = [
        ("get", get),
        ("set", set),
        ("has", has),
        ("deleteProperty", delete_property),
        ("defineProperty", define_property),
        ("getOwnPropertyDescriptor", get_own_property_descriptor),
        ("ownKeys", own_keys),
        ("getPrototypeOf", get_prototype_of),
        ("setPrototypeOf", set_prototype_of),
        ("isExtensible", is_extensible_trap),
        ("preventExtensions", prevent_extensions),
        ("apply", apply),
        ("construct", construct),
    ];
    let mut prototype = ObjectInitializer::new(context);
    for (name, function) in traps {
        prototype.function(
            NativeFunction::from_fn_ptr(function),
            JsString::from(name),
            0,
        );
    }
    let prototype = prototype.build();
    // A copy of `Reflect` with its functions as they are now.
    let own = ObjectInitializer::new(context).build();
    for name in [
        "get",
        "set",
        "has",
        "deleteProperty",
        "defineProperty",
        "getOwnPropertyDescriptor",
        "ownKeys",
        "getPrototypeOf",
        "setPrototypeOf",
        "isExtensible",
        "preventExtensions",
        "apply",
        "construct",
    ] {
        let function = reflect.get(JsString::from(name), context)?;
        own.set(JsString::from(name), function, false, context)?;
    }
    context.insert_data(Traps {
        prototype,
        reflect: own,
    });
    Ok(())
}
