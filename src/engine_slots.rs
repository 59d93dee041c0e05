//! Internal slots Boa keeps private, recorded where the objects are made, for `util.inspect`.
//!
//! Node reads a proxy's target and handler (`getProxyDetails`) and what is left of a Map or Set
//! iterator (`previewEntries`) through V8's API. Boa exposes neither, so the built-ins that
//! make these objects are wrapped by natives of the same name and length that call Boa's own
//! and note the result in weak tables: `new Proxy(target, handler)` and `Proxy.revocable` (and
//! its `revoke`), and `entries`/`keys`/`values`/`@@iterator` of `Map.prototype` and
//! `Set.prototype`, whose iterators' `next` counts what was consumed.

use boa_engine::object::builtins::{JsArray, JsFunction, JsWeakMap};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::{Context, JsResult, JsString, JsSymbol, JsValue, NativeFunction, js_string};

/// The weak tables, as context data.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Slots {
    /// proxy → `[target, handler]`, or `[null, null]` once revoked.
    proxies: JsWeakMap,
    /// Map or Set iterator → `[collection, kind, consumed]` (kind: "keys", "values",
    /// "entries").
    iterators: JsWeakMap,
    /// Boa's own `Map.prototype.entries` and `Set.prototype.entries`, to read a preview.
    map_entries: Option<JsFunction>,
    set_entries: Option<JsFunction>,
}

fn slots(context: &Context) -> Option<Slots> {
    context.get_data::<Slots>().cloned()
}

/// What a proxy was made from: `Some(None)` once revoked, `None` for an object that is not a
/// proxy made through the wrapped constructor.
pub fn proxy_details(
    object: &JsObject,
    context: &mut Context,
) -> Option<Option<(JsValue, JsValue)>> {
    if !object.is::<boa_engine::builtins::proxy::Proxy>() {
        return None;
    }
    let slots = slots(context)?;
    let pair = slots.proxies.get(object, context).ok()?;
    let pair = pair.as_object()?;
    let target = pair.get(0, context).ok()?;
    let handler = pair.get(1, context).ok()?;
    if target.is_null() {
        return Some(None);
    }
    Some(Some((target, handler)))
}

/// What a Map or Set iterator has left, as V8's `previewEntries` gives it.
pub struct IteratorPreview {
    /// Over a Map (else a Set).
    pub is_map: bool,
    /// `entries()`: items are `[key, value]` pairs; else single values (the first of each).
    pub pairs: bool,
    pub items: Vec<(JsValue, JsValue)>,
}

/// The entries a Map or Set iterator has not yet produced.
pub fn iterator_preview(object: &JsObject, context: &mut Context) -> Option<IteratorPreview> {
    let slots = slots(context)?;
    let record = slots.iterators.get(object, context).ok()?;
    let record = record.as_object()?;
    let collection = record.get(0, context).ok()?.as_object()?;
    let kind = record.get(1, context).ok()?.to_string(context).ok()?;
    let consumed = record.get(2, context).ok()?.to_length(context).ok()? as usize;
    let is_map = boa_engine::object::builtins::JsMap::from_object(collection.clone()).is_ok();
    let pairs = kind.to_std_string_escaped() == "entries";
    let entries = if is_map {
        slots.map_entries.clone()?
    } else {
        slots.set_entries.clone()?
    };
    let iterator = entries.call(&collection.into(), &[], context).ok()?;
    let array = context
        .intrinsics()
        .constructors()
        .array()
        .constructor()
        .get(js_string!("from"), context)
        .ok()?;
    let list = array
        .as_callable()?
        .call(&JsValue::undefined(), &[iterator], context)
        .ok()?;
    let list = JsArray::from_object(list.as_object()?).ok()?;
    let length = list.length(context).ok()? as usize;
    let mut out = Vec::new();
    for i in consumed..length {
        let entry = list.get(i as u64, context).ok()?;
        let entry = entry.as_object()?;
        let key = entry.get(0, context).ok()?;
        let value = entry.get(1, context).ok()?;
        let kept = match kind.to_std_string_escaped().as_str() {
            "keys" => (key.clone(), key),
            "values" => (value.clone(), value),
            _ => (key, value),
        };
        out.push(kept);
    }
    Some(IteratorPreview {
        is_map,
        pairs,
        items: out,
    })
}

/// `native.previewEntries(iterator)`: V8's `previewEntries(iterator, true)` for a Map or Set
/// iterator, `[entries, isKeyValue]` with the pairs of an `entries()` iterator flattened
/// (`[k1, v1, k2, v2]`); `undefined` for anything else. The iterator is not advanced.
pub fn preview_entries_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> boa_engine::JsResult<JsValue> {
    let Some(object) = args.first().and_then(JsValue::as_object) else {
        return Ok(JsValue::undefined());
    };
    let Some(preview) = iterator_preview(&object, context) else {
        return Ok(JsValue::undefined());
    };
    let mut flat = Vec::with_capacity(preview.items.len() * 2);
    for (first, second) in preview.items {
        flat.push(first);
        if preview.pairs {
            flat.push(second);
        }
    }
    let entries = JsArray::from_iter(flat, context);
    Ok(JsArray::from_iter([entries.into(), preview.pairs.into()], context).into())
}

#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Original(JsFunction);

#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct IteratorMaker {
    original: JsFunction,
    #[unsafe_ignore_trace]
    kind: &'static str,
}

fn make_iterator(
    this: &JsValue,
    args: &[JsValue],
    maker: &IteratorMaker,
    context: &mut Context,
) -> JsResult<JsValue> {
    let iterator = maker.original.call(this, args, context)?;
    if let (Some(slots), Some(object), Some(collection)) =
        (slots(context), iterator.as_object(), this.as_object())
    {
        let record = JsArray::from_iter(
            [
                collection.into(),
                JsString::from(maker.kind).into(),
                0.into(),
            ],
            context,
        );
        slots.iterators.set(&object, record.into(), context)?;
    }
    Ok(iterator)
}

fn counting_next(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    let result = original.0.call(this, args, context)?;
    if let (Some(slots), Some(iterator)) = (slots(context), this.as_object())
        && let Some(record) = slots.iterators.get(&iterator, context)?.as_object()
    {
        let done = result
            .as_object()
            .map(|r| r.get(js_string!("done"), context))
            .transpose()?
            .is_none_or(|d| d.to_boolean());
        let consumed = record.get(2, context)?.to_length(context)?;
        let consumed = if done { u64::MAX >> 12 } else { consumed + 1 };
        record.set(2, consumed as f64, false, context)?;
    }
    Ok(result)
}

/// `new Proxy(target, handler)`: Boa's, noted in the table.
fn proxy_construct(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    // A native constructor gets `new.target` as `this`; a plain call gets no object, and
    // Boa's own constructor throws V8's "Constructor Proxy requires 'new'".
    if !this.is_object() {
        return original.0.call(this, args, context);
    }
    let (boa_args, _) = forwarded(args, context);
    let proxy = original.0.construct(&boa_args, None, context)?;
    note_proxy(&proxy, args, context)?;
    Ok(proxy.into())
}

/// The arguments for Boa's `Proxy`: the learner's handler behind a forwarding one that checks
/// the invariants in V8's words (`proxy_traps`), when both arguments are objects (else Boa's
/// own error stands).
fn forwarded(args: &[JsValue], context: &mut Context) -> (Vec<JsValue>, Option<JsObject>) {
    let target = args.first().cloned().unwrap_or_default();
    let handler = args.get(1).and_then(JsValue::as_object);
    match handler.filter(|_| target.is_object()) {
        Some(handler) => match crate::proxy_traps::forwarding_handler(&handler, context) {
            Some(forwarding) => (vec![target, forwarding.clone().into()], Some(forwarding)),
            None => (args.to_vec(), None),
        },
        None => (args.to_vec(), None),
    }
}

fn note_proxy(proxy: &JsObject, args: &[JsValue], context: &mut Context) -> JsResult<()> {
    if let Some(slots) = slots(context) {
        let pair = JsArray::from_iter(
            [
                args.first().cloned().unwrap_or_default(),
                args.get(1).cloned().unwrap_or_default(),
            ],
            context,
        );
        slots.proxies.set(proxy, pair.into(), context)?;
    }
    Ok(())
}

#[derive(boa_engine::Trace, boa_engine::Finalize)]
struct Revoke {
    original: JsFunction,
    proxy: JsObject,
    /// The forwarding handler, revoked in its place so that each trap can name the operation
    /// (Boa's revoked proxy cannot); `None` when Boa's own handler is the learner's.
    forwarding: Option<JsObject>,
}

/// A revocable proxy's `revoke`: the forwarding handler's (or Boa's), then the table says
/// revoked.
fn revoke(
    _: &JsValue,
    args: &[JsValue],
    revoke: &Revoke,
    context: &mut Context,
) -> JsResult<JsValue> {
    let result = match &revoke.forwarding {
        Some(forwarding) => {
            crate::proxy_traps::revoke(forwarding);
            JsValue::undefined()
        }
        None => revoke.original.call(&JsValue::undefined(), args, context)?,
    };
    if let Some(slots) = slots(context) {
        let pair = JsArray::from_iter([JsValue::null(), JsValue::null()], context);
        slots.proxies.set(&revoke.proxy, pair.into(), context)?;
    }
    Ok(result)
}

/// `Proxy.revocable(target, handler)`: Boa's, with the proxy noted and `revoke` wrapped.
fn proxy_revocable(
    this: &JsValue,
    args: &[JsValue],
    original: &Original,
    context: &mut Context,
) -> JsResult<JsValue> {
    let (boa_args, forwarding) = forwarded(args, context);
    let result = original.0.call(this, &boa_args, context)?;
    let Some(pair) = result.as_object() else {
        return Ok(result);
    };
    let proxy = pair.get(js_string!("proxy"), context)?;
    let original_revoke = pair
        .get(js_string!("revoke"), context)?
        .as_object()
        .and_then(JsFunction::from_object);
    if let (Some(proxy), Some(original_revoke)) = (proxy.as_object(), original_revoke) {
        note_proxy(&proxy, args, context)?;
        let wrapped = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                revoke,
                Revoke {
                    original: original_revoke,
                    proxy,
                    forwarding,
                },
            ),
        )
        .name(js_string!(""))
        .length(0)
        .build();
        pair.set(js_string!("revoke"), wrapped, false, context)?;
    }
    Ok(result)
}

fn replace(
    owner: &JsObject,
    key: boa_engine::property::PropertyKey,
    function: JsFunction,
    context: &mut Context,
) -> JsResult<()> {
    crate::bindings::define_hidden(owner, key, function, context)
}

fn length_of(function: &JsFunction, context: &mut Context) -> JsResult<usize> {
    Ok(function
        .get(js_string!("length"), context)?
        .to_number(context)? as usize)
}

fn prototype_of(owner: &str, context: &mut Context) -> JsResult<Option<JsObject>> {
    Ok(context
        .global_object()
        .get(JsString::from(owner), context)?
        .as_object()
        .map(|c| c.get(js_string!("prototype"), context))
        .transpose()?
        .and_then(|p| p.as_object()))
}

/// Wrap the iterator makers of Map and Set, and their iterators' `next`.
fn wrap_iterators(owner: &str, context: &mut Context) -> JsResult<Option<JsFunction>> {
    let Some(prototype) = prototype_of(owner, context)? else {
        return Ok(None);
    };
    let entries = prototype
        .get(js_string!("entries"), context)?
        .as_object()
        .and_then(JsFunction::from_object);
    let methods: &[(&str, &'static str)] = if owner == "Map" {
        &[
            ("entries", "entries"),
            ("keys", "keys"),
            ("values", "values"),
        ]
    } else {
        &[("entries", "entries"), ("values", "values")]
    };
    for &(name, kind) in methods {
        let Some(original) = prototype
            .get(JsString::from(name), context)?
            .as_object()
            .and_then(JsFunction::from_object)
        else {
            continue;
        };
        let length = length_of(&original, context)?;
        let wrapped = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                make_iterator,
                IteratorMaker { original, kind },
            ),
        )
        .name(JsString::from(name))
        .length(length)
        .build();
        replace(
            &prototype,
            JsString::from(name).into(),
            wrapped.clone(),
            context,
        )?;
        // As the spec has them, `Map.prototype[@@iterator]` is `entries`, and
        // `Set.prototype[@@iterator]` and `keys` are `values`.
        if owner == "Map" && name == "entries" || owner == "Set" && name == "values" {
            replace(
                &prototype,
                JsSymbol::iterator().into(),
                wrapped.clone(),
                context,
            )?;
        }
        if owner == "Set" && name == "values" {
            replace(&prototype, js_string!("keys").into(), wrapped, context)?;
        }
    }
    // The iterators' shared prototype, reached through an iterator of an empty collection.
    let empty: JsValue = if owner == "Map" {
        boa_engine::object::builtins::JsMap::new(context).into()
    } else {
        boa_engine::object::builtins::JsSet::new(context).into()
    };
    let sample = match &entries {
        Some(f) => Some(f.call(&empty, &[], context)?),
        None => None,
    };
    if let Some(iterator_proto) = sample
        .and_then(|s| s.as_object())
        .and_then(|s| s.prototype())
        && let Some(next) = iterator_proto
            .get(js_string!("next"), context)?
            .as_object()
            .and_then(JsFunction::from_object)
    {
        let wrapped = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(counting_next, Original(next)),
        )
        .name(js_string!("next"))
        .length(0)
        .build();
        replace(&iterator_proto, js_string!("next").into(), wrapped, context)?;
    }
    Ok(entries)
}

/// Wrap the built-ins that make proxies and Map/Set iterators (called once per run).
pub fn install(context: &mut Context) -> JsResult<()> {
    crate::proxy_traps::install(context)?;
    let map_entries = wrap_iterators("Map", context)?;
    let set_entries = wrap_iterators("Set", context)?;
    let tables = Slots {
        proxies: JsWeakMap::new(context),
        iterators: JsWeakMap::new(context),
        map_entries,
        set_entries,
    };
    context.insert_data(tables);
    let global = context.global_object();
    let Some(original) = global
        .get(js_string!("Proxy"), context)?
        .as_object()
        .and_then(JsFunction::from_object)
    else {
        return Ok(());
    };
    let revocable = original
        .get(js_string!("revocable"), context)?
        .as_object()
        .and_then(JsFunction::from_object);
    let proxy = FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(proxy_construct, Original(original)),
    )
    .name(js_string!("Proxy"))
    .length(2)
    .constructor(true)
    .build();
    if let Some(revocable) = revocable {
        let wrapped = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(proxy_revocable, Original(revocable)),
        )
        .name(js_string!("revocable"))
        .length(2)
        .build();
        replace(&proxy, js_string!("revocable").into(), wrapped, context)?;
    }
    crate::bindings::define_hidden(&global, js_string!("Proxy"), proxy, context)?;
    Ok(())
}
