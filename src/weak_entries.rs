//! What a WeakMap or WeakSet holds, for `util.inspect(…, { showHidden: true })`.
//!
//! Node lists a weak collection's entries with V8's `previewEntries`; Boa's weak tables cannot
//! be walked from outside. So `WeakMap.prototype.set` and `WeakSet.prototype.add` are wrapped
//! by natives of the same name and length that, when the key is new to the collection, append
//! a `WeakRef` to it to the collection's list (kept in a weak table, so neither the keys nor
//! the collections are kept alive by it). Reading the list keeps each key that is still alive
//! and still in the collection (a `delete` is seen by `has`), once.

use boa_engine::object::builtins::{JsArray, JsFunction, JsWeakMap, JsWeakSet};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::{Context, JsResult, JsString, JsValue, NativeFunction, js_string};

/// collection → `JsArray` of `WeakRef`s to the keys added to it.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Lists(JsWeakMap);

#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Original(JsFunction);

/// Whether `key` is in the WeakMap or WeakSet `collection`.
fn holds(collection: &JsObject, key: &JsObject, context: &mut Context) -> JsResult<bool> {
    if let Ok(map) = JsWeakMap::from_object(collection.clone()) {
        return map.has(key, context);
    }
    if let Ok(set) = JsWeakSet::from_object(collection.clone()) {
        return set.has(key, context);
    }
    Ok(false)
}

/// The target of a `WeakRef`, if still alive.
fn deref(weak_ref: &JsValue, context: &mut Context) -> JsResult<Option<JsObject>> {
    let Some(weak_ref) = weak_ref.as_object() else {
        return Ok(None);
    };
    let deref = weak_ref.get(js_string!("deref"), context)?;
    let Some(deref) = deref.as_callable() else {
        return Ok(None);
    };
    Ok(deref
        .call(&weak_ref.clone().into(), &[], context)?
        .as_object())
}

/// The keys of `collection` still alive and in it, in the order they were first added.
fn live_keys(collection: &JsObject, context: &mut Context) -> JsResult<Vec<JsObject>> {
    let Some(lists) = context.get_data::<Lists>().map(|l| l.0.clone()) else {
        return Ok(Vec::new());
    };
    let Some(list) = lists.get(collection, context)?.as_object() else {
        return Ok(Vec::new());
    };
    let Ok(list) = JsArray::from_object(list) else {
        return Ok(Vec::new());
    };
    let mut keys: Vec<JsObject> = Vec::new();
    for i in 0..list.length(context)? {
        let weak_ref = list.get(i, context)?;
        let Some(key) = deref(&weak_ref, context)? else {
            continue;
        };
        if keys.iter().any(|k| JsObject::equals(k, &key)) || !holds(collection, &key, context)? {
            continue;
        }
        keys.push(key);
    }
    Ok(keys)
}

/// A WeakMap's entries, or a WeakSet's values (each paired with itself); `None` for any
/// other object.
pub fn entries(
    object: &JsObject,
    context: &mut Context,
) -> JsResult<Option<Vec<(JsValue, JsValue)>>> {
    let map = JsWeakMap::from_object(object.clone()).ok();
    if map.is_none() && JsWeakSet::from_object(object.clone()).is_err() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for key in live_keys(object, context)? {
        let value = match &map {
            Some(map) => map.get(&key, context)?,
            None => key.clone().into(),
        };
        out.push((key.into(), value));
    }
    Ok(Some(out))
}

/// A new `WeakRef` to `key`.
fn weak_ref_to(key: &JsObject, context: &mut Context) -> JsResult<JsObject> {
    context
        .intrinsics()
        .constructors()
        .weak_ref()
        .constructor()
        .construct(&[key.clone().into()], None, context)
}

/// Append a `WeakRef` to `key` to `collection`'s list; the list is compacted (dead or deleted
/// keys dropped) whenever it has doubled since, so a cache of short-lived keys stays small.
fn remember(collection: &JsObject, key: &JsObject, context: &mut Context) -> JsResult<()> {
    let Some(lists) = context.get_data::<Lists>().map(|l| l.0.clone()) else {
        return Ok(());
    };
    let weak_ref = weak_ref_to(key, context)?;
    let list = match lists
        .get(collection, context)?
        .as_object()
        .and_then(|l| JsArray::from_object(l).ok())
    {
        Some(list) => list,
        None => {
            let list = JsArray::new(context)?;
            lists.set(collection, list.clone().into(), context)?;
            list
        }
    };
    list.push(weak_ref, context)?;
    let length = list.length(context)?;
    // The length at the last compaction is kept on the list itself (not an index).
    let mark = list.get(js_string!("compacted"), context)?;
    let mark = if mark.is_undefined() {
        0
    } else {
        mark.to_length(context)?
    };
    if length >= 64 && length >= mark.saturating_mul(2) {
        let live = live_keys(collection, context)?;
        let fresh = JsArray::new(context)?;
        for key in &live {
            fresh.push(weak_ref_to(key, context)?, context)?;
        }
        fresh.set(js_string!("compacted"), live.len() as f64, false, context)?;
        lists.set(collection, fresh.into(), context)?;
    }
    Ok(())
}

/// `WeakMap.prototype.set` / `WeakSet.prototype.add`: Boa's, then the key noted if new.
fn adder(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    let key = args.first().and_then(JsValue::as_object);
    let collection = this.as_object();
    let new_key = match (&collection, &key) {
        (Some(collection), Some(key)) => !holds(collection, key, context)?,
        _ => false,
    };
    let result = original.0.call(this, args, context)?;
    if let (true, Some(collection), Some(key)) = (new_key, collection, key) {
        remember(&collection, &key, context)?;
    }
    Ok(result)
}

fn wrap(owner: &str, name: &str, context: &mut Context) -> JsResult<()> {
    let Some(prototype) = context
        .global_object()
        .get(JsString::from(owner), context)?
        .as_object()
        .map(|c| c.get(js_string!("prototype"), context))
        .transpose()?
        .and_then(|p| p.as_object())
    else {
        return Ok(());
    };
    let Some(original) = prototype
        .get(JsString::from(name), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let function = FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(adder, Original(original)),
    )
    .name(JsString::from(name))
    .length(if name == "set" { 2 } else { 1 })
    .build();
    crate::bindings::define_hidden(&prototype, JsString::from(name), function, context)
}

/// Wrap the weak collections' adders (called once per run).
pub fn install(context: &mut Context) -> JsResult<()> {
    let lists = JsWeakMap::new(context);
    context.insert_data(Lists(lists));
    wrap("WeakMap", "set", context)?;
    wrap("WeakSet", "add", context)
}
