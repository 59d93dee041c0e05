//! Capture: walk JavaScript values in the engine and build the value graph that
//! `src/inspect` formats (Node's `util.inspect`), calling `[util.inspect.custom]` and getters
//! as Node does while walking. Also the engine side of `util.format` (`FormatHost`).

use boa_engine::builtins::promise::PromiseState as BoaPromiseState;
use boa_engine::object::builtins::{
    JsArray, JsArrayBuffer, JsDataView, JsDate, JsPromise, JsRegExp, JsSharedArrayBuffer,
    JsTypedArray, JsWeakMap, JsWeakSet,
};
use boa_engine::{Context, JsError, JsObject, JsResult, JsString, JsValue, js_string};

use crate::inspect::{
    Boxed, Captured, Compact, Custom, ErrorInfo, FormatArg, FormatHost, FunctionKind, Getters,
    Graph, InspectOptions, IterEntries, JsText, JsonResult, Node, NodeId, Object, ObjectKind,
    PromiseState, PropKey, PropValue, Property, TagSource, TypedArrayKind, TypedElements,
};
use crate::runtime::call_hook;

fn text(s: &JsString) -> JsText {
    JsText::from_utf16(s.iter().collect())
}

fn get(object: &JsObject, key: &str, context: &mut Context) -> JsResult<JsValue> {
    object.get(JsString::from(key), context)
}

/// A regexp's source and flags read from its internal slots, as `new RegExp(value)` copies
/// them: `RegExp.prototype`'s own accessors called on it (the `source` one is the prelude's,
/// with V8's escaping; each flag's reads its slot).
fn regexp_from_slots(object: &JsObject, context: &mut Context) -> JsResult<(JsText, String)> {
    let prototype = context.intrinsics().constructors().regexp().prototype();
    let accessor = |key: &str, context: &mut Context| -> JsResult<JsValue> {
        // Read before the call, so no borrow is held across it.
        let key: boa_engine::property::PropertyKey = JsString::from(key).into();
        let getter = prototype
            .borrow()
            .properties()
            .get(&key)
            .and_then(|d| d.get().cloned())
            .and_then(|g| g.as_object());
        match getter {
            Some(getter) => getter.call(&object.clone().into(), &[], context),
            None => Ok(JsValue::undefined()),
        }
    };
    let source = accessor("source", context)?
        .as_string()
        .map(|s| text(&s))
        .unwrap_or_else(|| text(&JsString::from("")));
    let mut flags = String::new();
    for (key, flag) in [
        ("hasIndices", 'd'),
        ("global", 'g'),
        ("ignoreCase", 'i'),
        ("multiline", 'm'),
        ("dotAll", 's'),
        ("unicode", 'u'),
        ("unicodeSets", 'v'),
        ("sticky", 'y'),
    ] {
        if accessor(key, context)?.to_boolean() {
            flags.push(flag);
        }
    }
    Ok((source, flags))
}

struct Capturer<'a> {
    context: &'a mut Context,
    options: InspectOptions,
    graph: Graph,
    /// The objects being captured, outermost first, with their nodes: Node's `ctx.seen`, the
    /// current path. Meeting one of them again is a cycle, shown as `[Circular *N]`.
    path: Vec<(JsObject, NodeId)>,
    /// The node each object was first captured as: its identity in the graph, so that the
    /// formatter numbers `<ref *N>` per object as Node's `ctx.circular` Map does.
    first: std::collections::HashMap<JsObject, NodeId>,
}

impl Capturer<'_> {
    fn value(&mut self, value: &JsValue, level: f64) -> JsResult<NodeId> {
        let node = match value.variant() {
            boa_engine::JsVariant::Undefined => Node::Undefined,
            boa_engine::JsVariant::Null => Node::Null,
            boa_engine::JsVariant::Boolean(b) => Node::Boolean(b),
            boa_engine::JsVariant::Float64(n) => Node::Number(n),
            boa_engine::JsVariant::Integer32(n) => Node::Number(f64::from(n)),
            boa_engine::JsVariant::BigInt(b) => Node::BigInt(b.to_string()),
            boa_engine::JsVariant::String(s) => Node::String(text(&s)),
            boa_engine::JsVariant::Symbol(s) => Node::Symbol(s.description().map(|d| text(&d))),
            boa_engine::JsVariant::Object(object) => return self.object(&object, level),
        };
        Ok(self.graph.add(node))
    }

    /// An object met at `level`. Node's formatValue does not remember objects: each place an
    /// object is met formats it afresh at that place's depth (calling its getters and custom
    /// inspect again), and only an object on the current path is a cycle. So an object is
    /// captured once per place, and a node on the path is reused for the cycle back to it.
    fn object(&mut self, object: &JsObject, level: f64) -> JsResult<NodeId> {
        if let Some((_, id)) = self.path.iter().find(|(o, _)| JsObject::equals(o, object)) {
            return Ok(*id);
        }
        let id = self.graph.reserve();
        let identity = *self.first.entry(object.clone()).or_insert(id);
        self.path.push((object.clone(), id));
        let captured = self.object_at(object, id, level);
        self.path.pop();
        let captured = captured?;
        // Another capture of an object already met elsewhere: it shares that one's identity.
        if identity != id
            && let Some(Node::Object(node)) = self.graph.nodes.get_mut(id.0 as usize)
        {
            node.identity = Some(identity);
        }
        Ok(captured)
    }

    /// Captures `object` (on the path as `id`) into the node `id`.
    fn object_at(&mut self, object: &JsObject, id: NodeId, level: f64) -> JsResult<NodeId> {
        // Node's formatValue looks for a proxy first (getProxyDetails), before custom inspect.
        if let Some(details) = crate::engine_slots::proxy_details(object, self.context) {
            let kind = match details {
                None => ObjectKind::Proxy {
                    target: None,
                    handler: None,
                },
                Some((target, handler)) => {
                    let level = if self.options.show_proxy {
                        level + 1.0
                    } else {
                        level
                    };
                    let target = self.value(&target, level)?;
                    let handler = self.value(&handler, level)?;
                    ObjectKind::Proxy {
                        target: Some(target),
                        handler: Some(handler),
                    }
                }
            };
            self.graph
                .set(id, Node::Object(Box::new(Object::new(None, kind))));
            return Ok(id);
        }

        // [util.inspect.custom]
        let mut node_buffer = None;
        if self.options.custom_inspect {
            let symbol = call_hook(self.context, "inspectCustomSymbol", &[])?;
            let custom = match symbol.as_symbol() {
                Some(symbol) => object.get(symbol, self.context),
                None => Ok(JsValue::undefined()),
            };
            let custom = custom.unwrap_or_default();
            // A Buffer still inspected by lib/buffer.js's own function: the formatter prints
            // exactly what that function returns, without the call.
            node_buffer =
                crate::buffer_natives::own_inspect_max_bytes(object, &custom, self.context);
            if let Some(f) = custom.as_callable().filter(|_| node_buffer.is_none()) {
                let is_ours = call_hook(self.context, "isUtilInspect", &[f.clone().into()])
                    .map(|v| v.to_boolean())
                    .unwrap_or(false);
                // Node skips a prototype's own inspect: `value.constructor.prototype === value`
                // (so `util.inspect(Buffer.prototype)` does not call it on itself).
                let is_prototype = is_ours || self.is_own_prototype(object)?;
                if !is_prototype {
                    let depth = self.options.depth - level;
                    let opts = options_object(&self.options, self.context)?;
                    let inspect = call_hook(self.context, "utilInspect", &[])?;
                    let result = f.call(
                        &object.clone().into(),
                        &[depth.into(), opts, inspect],
                        self.context,
                    )?;
                    let node = match result.as_string() {
                        Some(s) => Node::Custom(Custom::Text(text(&s))),
                        None if result
                            .as_object()
                            .is_some_and(|r| JsObject::equals(&r, object)) =>
                        {
                            Node::NotCaptured { constructor: None }
                        }
                        None => {
                            let inner = self.value(&result, level)?;
                            Node::Custom(Custom::Value(inner))
                        }
                    };
                    if !matches!(node, Node::NotCaptured { .. }) {
                        self.graph.set(id, node);
                        return Ok(id);
                    }
                }
            }
        }

        let indexed = is_indexed(object, self.context)?;
        let described = call_hook(
            self.context,
            "inspectDescribe",
            &[
                object.clone().into(),
                self.options.show_hidden.into(),
                JsValue::from(indexed),
            ],
        )?;
        let Some(described) = described.as_object() else {
            return Ok(id);
        };
        let ctor = get(&described, "ctor", self.context)?;
        let constructor = ctor.as_string().map(|s| s.to_std_string_escaped());
        // Past the depth a custom inspect still runs (Node calls it before the depth check).
        if level > self.options.depth + 1.0 && node_buffer.is_none() {
            self.graph.set(id, Node::NotCaptured { constructor });
            return Ok(id);
        }
        let mut result = Object::new(constructor.as_deref(), ObjectKind::Plain);
        if constructor.is_none() {
            result.constructor = None;
        }
        // V8's GetConstructorName (the class name a null-prototype object is shown with).
        if let Some(name) = get(&described, "className", self.context)?.as_string() {
            result.class_name = name.to_std_string_escaped();
        }
        let tag = get(&described, "tag", self.context)?;
        if let Some(tag) = tag.as_string() {
            result.tag = text(&tag);
            let own = get(&described, "tagOwn", self.context)?;
            if !own.is_undefined() {
                result.tag_source = TagSource::Own {
                    enumerable: own.to_boolean(),
                };
            }
        }
        result.kind = self.kind(object, &described, level, node_buffer)?;
        // Own properties, then (showHidden) the prototypes' (Node's addPrototypeProperties).
        let keys = get(&described, "keys", self.context)?;
        result.props = self.properties(object, &keys, level)?;
        let proto_keys = get(&described, "protoKeys", self.context)?;
        result.proto_props = self.properties(object, &proto_keys, level)?;
        self.graph.set(id, Node::Object(Box::new(result)));
        Ok(id)
    }

    /// The properties `inspectDescribe` listed (`[key, isData, value or hasGet, hasSet,
    /// enumerable]` each), with their values captured; getters run on `object` as options say.
    fn properties(
        &mut self,
        object: &JsObject,
        keys: &JsValue,
        level: f64,
    ) -> JsResult<Vec<Property>> {
        let mut props = Vec::new();
        let Some(keys) = keys.as_object() else {
            return Ok(props);
        };
        let len = get(&keys, "length", self.context)?.to_length(self.context)?;
        for i in 0..len {
            let Some(entry) = keys.get(i, self.context)?.as_object() else {
                continue;
            };
            let key = entry.get(0, self.context)?;
            let is_data = entry.get(1, self.context)?.to_boolean();
            let third = entry.get(2, self.context)?;
            let has_set = entry.get(3, self.context)?.to_boolean();
            let enumerable = entry.get(4, self.context)?.to_boolean();
            let key_node = match key.as_symbol() {
                Some(sym) => PropKey::Symbol(sym.description().map(|d| text(&d))),
                None => PropKey::String(text(&key.to_string(self.context)?)),
            };
            let value = if is_data {
                PropValue::Data(self.value(&third, level + 1.0)?)
            } else {
                self.accessor(object, &key, third.to_boolean(), has_set, level)?
            };
            props.push(Property {
                key: key_node,
                value,
                enumerable,
            });
        }
        Ok(props)
    }

    /// An accessor property `key` of `object` (at `level`): its getter is called, and its
    /// result captured, as the `getters` option says.
    fn accessor(
        &mut self,
        object: &JsObject,
        key: &JsValue,
        has_get: bool,
        has_set: bool,
        level: f64,
    ) -> JsResult<PropValue> {
        let call_getter = match self.options.getters {
            Getters::No => false,
            Getters::All => has_get,
            Getters::GetOnly => has_get && !has_set,
            Getters::SetOnly => has_get && has_set,
        };
        let value = if call_getter {
            let key_value = key.clone();
            let got = match key_value.as_symbol() {
                Some(sym) => object.get(sym, self.context),
                None => {
                    let k = key_value.to_string(self.context)?;
                    object.get(k, self.context)
                }
            };
            Some(match got {
                Ok(v) => crate::inspect::GetterResult::Value(self.value(&v, level + 1.0)?),
                Err(e) => {
                    // Node: `<Inspection threw (${err.message})>`.
                    let thrown = e.into_opaque(self.context).unwrap_or_default();
                    let message = match thrown.as_object() {
                        Some(o) => get(&o, "message", self.context)?,
                        None => JsValue::undefined(),
                    };
                    let message = message
                        .to_string(self.context)
                        .map(|s| text(&s))
                        .unwrap_or_default();
                    crate::inspect::GetterResult::Threw(message)
                }
            })
        } else {
            None
        };
        Ok(PropValue::Accessor {
            get: has_get,
            set: has_set,
            value,
        })
    }

    /// Node's `value.constructor && value.constructor.prototype === value`.
    fn is_own_prototype(&mut self, object: &JsObject) -> JsResult<bool> {
        let ctor = get(object, "constructor", self.context)?;
        let Some(ctor) = ctor.as_object() else {
            return Ok(false);
        };
        let proto = get(&ctor, "prototype", self.context)?;
        Ok(proto
            .as_object()
            .is_some_and(|p| JsObject::equals(&p, object)))
    }

    fn kind(
        &mut self,
        object: &JsObject,
        described: &JsObject,
        level: f64,
        node_buffer: Option<f64>,
    ) -> JsResult<ObjectKind> {
        let context = &mut *self.context;
        if object.is_callable() {
            // Node prints `${value.name}` (a class: only a truthy one), so a name that is no
            // string prints as its String() (`[Function: 42]`).
            let name_value = get(object, "name", context)?;
            let kind = get(described, "functionKind", context)?
                .to_string(context)?
                .to_std_string_escaped();
            // Boa prints a class's source as `function A() { [native code] }`, so a class is
            // told apart as a function of the user's whose `prototype` is read-only.
            let read_only_prototype = get(described, "prototypeReadOnly", context)?.to_boolean();
            let user_code = object.is::<boa_engine::builtins::function::OrdinaryFunction>();
            let kind = if kind == "Function" && read_only_prototype && user_code {
                "class".to_string()
            } else {
                kind
            };
            let kind = match kind.as_str() {
                "class" => FunctionKind::Class,
                "AsyncFunction" => FunctionKind::Async,
                "GeneratorFunction" => FunctionKind::Generator,
                "AsyncGeneratorFunction" => FunctionKind::AsyncGenerator,
                _ => FunctionKind::Normal,
            };
            let name = match name_value.as_string() {
                Some(s) => text(&s),
                None if kind == FunctionKind::Class && !name_value.to_boolean() => {
                    JsText::default()
                }
                None => text(&name_value.to_string(context)?),
            };
            let extends = if kind == FunctionKind::Class {
                get(described, "extendsName", context)?
                    .as_string()
                    .filter(|s| !s.is_empty())
                    .map(|s| text(&s))
            } else {
                None
            };
            return Ok(ObjectKind::Function {
                name,
                kind,
                extends,
            });
        }
        let iterable = iterable(object, context)?;
        if object.is_array() && iterable {
            let length = get(object, "length", context)?.to_length(context)?;
            let scan = length.min((self.options.max_array_length as u64).saturating_add(1 + 6));
            let mut present = Vec::new();
            for i in 0..scan {
                if object.has_own_property(i, self.context)? {
                    present.push(i);
                }
            }
            let mut scanned = scan;
            // A sparse array: Node's formatSpecialArray finds the next element through the
            // own keys, however far away it is (`[ <1000 empty items>, 1 ]`).
            if (present.len() as u64) < scan {
                let want = scan as usize;
                let mut indices: Vec<u64> = object
                    .own_property_keys(self.context)?
                    .into_iter()
                    .filter_map(|k| match k {
                        boa_engine::property::PropertyKey::Index(i) => Some(u64::from(i.get())),
                        _ => None,
                    })
                    .filter(|&i| i < length)
                    .collect();
                indices.sort_unstable();
                let all = indices.len() <= want;
                indices.truncate(want);
                scanned = if all {
                    length
                } else {
                    indices.last().map_or(scan, |&i| i + 1)
                };
                present = indices;
            }
            let mut items = Vec::new();
            for i in present {
                // Node's formatArray goes through each element's descriptor: an accessor
                // prints as `[Getter]` (its getter runs only as the `getters` option says).
                // (An array is an ordinary object: its own descriptor is read from its
                // storage, which runs no code.)
                let key = boa_engine::property::PropertyKey::from(i);
                let accessor = object
                    .borrow()
                    .properties()
                    .get(&key)
                    .filter(|d| d.is_accessor_descriptor());
                let node = match accessor {
                    Some(d) => {
                        let has_get = d.get().is_some_and(|g| !g.is_undefined());
                        let has_set = d.set().is_some_and(|s| !s.is_undefined());
                        let value =
                            self.accessor(object, &JsValue::from(i), has_get, has_set, level)?;
                        // groupArrayElements reads `value[i]` (calling the getter) to align
                        // a long array's numbers; only then is it read here.
                        let grouped =
                            length > 6 && !matches!(self.options.compact, Compact::Levels(0));
                        let numeric = grouped
                            && has_get
                            && object
                                .get(i, self.context)
                                .is_ok_and(|v| v.is_number() || v.is_bigint());
                        self.graph.add(Node::ArrayAccessor { value, numeric })
                    }
                    None => {
                        let v = object.get(i, self.context)?;
                        self.value(&v, level + 1.0)?
                    }
                };
                items.push((i, node));
            }
            return Ok(ObjectKind::Array {
                length,
                items,
                scanned,
            });
        }
        if object.is::<boa_engine::builtins::error::Error>() || inherits_error(object, context) {
            crate::v8_messages::surfaced(&object.clone().into(), self.context)?;
            let context = &mut *self.context;
            let name = get(object, "name", context)?;
            let name = if name.is_null_or_undefined() {
                JsText::from("Error")
            } else {
                text(&name.to_string(context)?)
            };
            let message = get(object, "message", context)?;
            let message = if message.to_boolean() {
                Some(text(&message.to_string(context)?))
            } else {
                None
            };
            let stack = get(object, "stack", context)?;
            let stack = if stack.to_boolean() {
                text(&stack.to_string(context)?)
            } else {
                JsText::from(crate::stack::error_header(object, context)?.as_str())
            };
            let has_own_cause = object.has_own_property(js_string!("cause"), context)?;
            let inherited_cause =
                if !has_own_cause && object.has_property(js_string!("cause"), context)? {
                    let cause = get(object, "cause", context)?;
                    Some(self.value(&cause, level + 1.0)?)
                } else {
                    None
                };
            return Ok(ObjectKind::Error(ErrorInfo {
                name,
                message,
                stack,
                inherited_cause,
            }));
        }
        if let Ok(promise) = JsPromise::from_object(object.clone()) {
            let state = match promise.state() {
                BoaPromiseState::Pending => PromiseState::Pending,
                BoaPromiseState::Fulfilled(v) => {
                    PromiseState::Fulfilled(self.value(&v, level + 1.0)?)
                }
                BoaPromiseState::Rejected(v) => {
                    PromiseState::Rejected(self.value(&v, level + 1.0)?)
                }
            };
            return Ok(ObjectKind::Promise(state));
        }
        if let Ok(date) = JsDate::from_object(object.clone()) {
            let time = date.get_time(context)?.as_number().unwrap_or(f64::NAN);
            return Ok(ObjectKind::Date { time });
        }
        if let Ok(regexp) = JsRegExp::from_object(object.clone()) {
            let source = get(object, "source", context)?;
            if let Some(source) = source.as_string() {
                let flags = regexp.flags(context)?;
                return Ok(ObjectKind::RegExp {
                    source: text(&source),
                    flags,
                });
            }
            // No `source` through the prototype (a null one): Node prints `new RegExp(value)`,
            // made from the internal slots.
            let (source, flags) = regexp_from_slots(object, context)?;
            return Ok(ObjectKind::RegExp { source, flags });
        }
        if let Some(view) = JsTypedArray::from_object(object.clone())
            .ok()
            .filter(|_| iterable)
        {
            let kind = match view.kind() {
                Some(k) => typed_kind(k),
                None => TypedArrayKind::Uint8,
            };
            let length = view.length(context)?;
            // A Buffer shows its first INSPECT_MAX_BYTES bytes whatever maxArrayLength says.
            let shown = node_buffer.map_or(0, |max| max.min(length as f64).max(0.0) as usize);
            let take = length.min(self.options.max_array_length.max(shown));
            let elements = if matches!(kind, TypedArrayKind::BigInt64 | TypedArrayKind::BigUint64) {
                let mut v = Vec::new();
                for i in 0..take {
                    v.push(
                        view.at(i as i64, context)?
                            .to_string(context)?
                            .to_std_string_escaped(),
                    );
                }
                TypedElements::BigInts(v)
            } else {
                let mut v = Vec::new();
                for i in 0..take {
                    v.push(view.at(i as i64, context)?.as_number().unwrap_or(0.0));
                }
                TypedElements::Numbers(v)
            };
            let byte_offset = view.byte_offset(context)?;
            return Ok(ObjectKind::TypedArray {
                kind,
                length,
                elements,
                byte_offset,
                buffer: None,
                node_buffer,
            });
        }
        if let Ok(buffer) = JsArrayBuffer::from_object(object.clone()) {
            let byte_length = buffer.byte_length();
            let bytes = buffer
                .data()
                .map(|d| d[..d.len().min(self.options.max_array_length)].to_vec());
            return Ok(ObjectKind::ArrayBuffer {
                shared: false,
                byte_length,
                bytes,
            });
        }
        if let Ok(buffer) = JsSharedArrayBuffer::from_object(object.clone()) {
            let byte_length = buffer.byte_length();
            let mut bytes = buffer.to_vec();
            bytes.truncate(self.options.max_array_length);
            return Ok(ObjectKind::ArrayBuffer {
                shared: true,
                byte_length,
                bytes: Some(bytes),
            });
        }
        if let Ok(view) = JsDataView::from_object(object.clone()) {
            let byte_length = view.byte_length(context)? as usize;
            let byte_offset = view.byte_offset(context)? as usize;
            let buffer = view.buffer(context)?;
            let buffer = self.value(&buffer, level + 1.0)?;
            return Ok(ObjectKind::DataView {
                byte_length,
                byte_offset,
                buffer,
            });
        }
        // Node previews a weak collection's entries (V8's previewEntries) only with showHidden.
        let is_weak_map = JsWeakMap::from_object(object.clone()).is_ok();
        if is_weak_map || JsWeakSet::from_object(object.clone()).is_ok() {
            let held = if self.options.show_hidden {
                crate::weak_entries::entries(object, self.context)?.unwrap_or_default()
            } else {
                Vec::new()
            };
            if is_weak_map {
                let mut entries = Vec::with_capacity(held.len());
                for (k, v) in &held {
                    entries.push((self.value(k, level + 1.0)?, self.value(v, level + 1.0)?));
                }
                return Ok(ObjectKind::WeakMap { entries });
            }
            let mut values = Vec::with_capacity(held.len());
            for (k, _) in &held {
                values.push(self.value(k, level + 1.0)?);
            }
            return Ok(ObjectKind::WeakSet { values });
        }
        let entries = get(described, "entries", self.context)?;
        if let Some(list) = entries.as_object().filter(|_| iterable) {
            let len = get(&list, "length", self.context)?.to_length(self.context)? as usize;
            let take = len.min(self.options.max_array_length);
            let is_map = boa_engine::object::builtins::JsMap::from_object(object.clone()).is_ok();
            if is_map {
                let mut pairs = Vec::new();
                for i in 0..take {
                    let Some(pair) = list.get(i, self.context)?.as_object() else {
                        continue;
                    };
                    let k = pair.get(0, self.context)?;
                    let v = pair.get(1, self.context)?;
                    let k = self.value(&k, level + 1.0)?;
                    let v = self.value(&v, level + 1.0)?;
                    pairs.push((k, v));
                }
                return Ok(ObjectKind::Map {
                    size: len,
                    entries: pairs,
                });
            }
            let mut values = Vec::new();
            for i in 0..take {
                let v = list.get(i, self.context)?;
                values.push(self.value(&v, level + 1.0)?);
            }
            return Ok(ObjectKind::Set { size: len, values });
        }
        if let Some(crate::engine_slots::IteratorPreview {
            is_map,
            pairs,
            items,
        }) = crate::engine_slots::iterator_preview(object, self.context).filter(|_| iterable)
        {
            // Node counts the entries past maxArrayLength (`... 20 more items`): they are
            // given as one uncaptured placeholder each, which the formatter only counts.
            let shown = items.len().min(self.options.max_array_length);
            let rest = items.len() - shown;
            let placeholder = if rest > 0 {
                self.graph.add(Node::Undefined)
            } else {
                NodeId::default()
            };
            let entries = if pairs {
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in &items[..shown] {
                    out.push((self.value(k, level + 1.0)?, self.value(v, level + 1.0)?));
                }
                out.extend(std::iter::repeat_n((placeholder, placeholder), rest));
                IterEntries::Pairs(out)
            } else {
                let mut out = Vec::with_capacity(items.len());
                for (v, _) in &items[..shown] {
                    out.push(self.value(v, level + 1.0)?);
                }
                out.extend(std::iter::repeat_n(placeholder, rest));
                IterEntries::Values(out)
            };
            return Ok(if is_map {
                ObjectKind::MapIterator(entries)
            } else {
                ObjectKind::SetIterator(entries)
            });
        }
        if object.is::<boa_engine::module::ModuleNamespace>() {
            return Ok(ObjectKind::ModuleNamespace);
        }
        let boxed = get(described, "boxed", self.context)?;
        if let Some(pair) = boxed.as_object() {
            let kind = pair
                .get(0, self.context)?
                .to_string(self.context)?
                .to_std_string_escaped();
            let v = pair.get(1, self.context)?;
            let boxed = match kind.as_str() {
                "number" => Boxed::Number(v.as_number().unwrap_or(f64::NAN)),
                "string" => Boxed::String(v.as_string().map(|s| text(&s)).unwrap_or_default()),
                "boolean" => Boxed::Boolean(v.to_boolean()),
                "bigint" => Boxed::BigInt(v.to_string(self.context)?.to_std_string_escaped()),
                _ => Boxed::Symbol(
                    v.as_symbol()
                        .and_then(|s| s.description())
                        .map(|d| text(&d)),
                ),
            };
            return Ok(ObjectKind::Boxed(boxed));
        }
        let kind = get(described, "kind", self.context)?;
        if kind
            .as_string()
            .is_some_and(|k| k.to_std_string_escaped() == "arguments")
        {
            return Ok(ObjectKind::Arguments);
        }
        Ok(ObjectKind::Plain)
    }
}

fn is_indexed(object: &JsObject, context: &mut Context) -> JsResult<bool> {
    Ok(
        (object.is_array() || JsTypedArray::from_object(object.clone()).is_ok())
            && iterable(object, context)?,
    )
}

/// Node's `SymbolIterator in value || constructor === null`, which formatRaw asks before it
/// treats a value as an array, a typed array, a Map, a Set or their iterators: an array whose
/// prototype became a plain object (no `Symbol.iterator`) prints as an object of its keys.
/// (A non-null prototype chain without any `constructor` is not told apart here.)
fn iterable(object: &JsObject, context: &mut Context) -> JsResult<bool> {
    if object.prototype().is_none() {
        return Ok(true);
    }
    object.has_property(boa_engine::JsSymbol::iterator(), context)
}

fn typed_kind(kind: boa_engine::builtins::typed_array::TypedArrayKind) -> TypedArrayKind {
    use boa_engine::builtins::typed_array::TypedArrayKind as K;
    match kind {
        K::Int8 => TypedArrayKind::Int8,
        K::Uint8 => TypedArrayKind::Uint8,
        K::Uint8Clamped => TypedArrayKind::Uint8Clamped,
        K::Int16 => TypedArrayKind::Int16,
        K::Uint16 => TypedArrayKind::Uint16,
        K::Int32 => TypedArrayKind::Int32,
        K::Uint32 => TypedArrayKind::Uint32,
        K::BigInt64 => TypedArrayKind::BigInt64,
        K::BigUint64 => TypedArrayKind::BigUint64,
        K::Float32 => TypedArrayKind::Float32,
        K::Float64 => TypedArrayKind::Float64,
        #[allow(unreachable_patterns)]
        _ => TypedArrayKind::Float64,
    }
}

/// The options object handed to a custom inspect function.
/// Node's `getUserOptions`: the options as the user gave them (the original `depth`; the
/// remaining depth is the custom function's first argument).
fn options_object(options: &InspectOptions, context: &mut Context) -> JsResult<JsValue> {
    // `stylize` first, then the options in Node's order (a custom inspect may print them).
    let stylize = call_hook(context, "stylize", &[options.colors.into()])?;
    let length = |n: usize| {
        if n == usize::MAX {
            f64::INFINITY
        } else {
            n as f64
        }
    };
    let compact: JsValue = match options.compact {
        Compact::Always => true.into(),
        Compact::Levels(0) => false.into(),
        Compact::Levels(n) => n.into(),
    };
    let getters: JsValue = match options.getters {
        Getters::No => false.into(),
        Getters::All => true.into(),
        Getters::GetOnly => js_string!("get").into(),
        Getters::SetOnly => js_string!("set").into(),
    };
    let mut init = boa_engine::object::ObjectInitializer::new(context);
    let all = boa_engine::property::Attribute::all();
    init.property(js_string!("stylize"), stylize, all);
    init.property(js_string!("showHidden"), options.show_hidden, all);
    init.property(js_string!("depth"), options.depth, all);
    init.property(js_string!("colors"), options.colors, all);
    init.property(js_string!("customInspect"), options.custom_inspect, all);
    init.property(js_string!("showProxy"), options.show_proxy, all);
    init.property(
        js_string!("maxArrayLength"),
        length(options.max_array_length),
        all,
    );
    init.property(
        js_string!("maxStringLength"),
        length(options.max_string_length),
        all,
    );
    init.property(js_string!("breakLength"), options.break_length, all);
    init.property(js_string!("compact"), compact, all);
    init.property(js_string!("sorted"), options.sorted, all);
    init.property(js_string!("getters"), getters, all);
    init.property(
        js_string!("numericSeparator"),
        options.numeric_separator,
        all,
    );
    Ok(init.build().into())
}

/// Read `util.inspect`'s options object.
pub fn read_options(
    value: &JsValue,
    base: InspectOptions,
    context: &mut Context,
) -> JsResult<InspectOptions> {
    let mut options = base;
    let Some(o) = value.as_object() else {
        return Ok(options);
    };
    let number = |v: &JsValue| v.as_number();
    // Node copies each own key as given, unchecked (`ctx[key] = opts[key]`), and compares
    // `recurseTimes > ctx.depth`: a depth that is no number (undefined, 'x') never stops it, a
    // numeric string is its number.
    let own = |o: &JsObject, key: &str, context: &mut Context| {
        o.has_own_property(JsString::from(key), context)
    };
    let v = get(&o, "depth", context)?;
    if v.is_null() {
        options.depth = f64::INFINITY;
    } else if let Some(n) = number(&v) {
        options.depth = n;
    } else if v.is_string() || v.is_boolean() || (v.is_undefined() && own(&o, "depth", context)?) {
        let n = v.to_number(context)?;
        options.depth = if n.is_nan() { f64::INFINITY } else { n };
    }
    let v = get(&o, "showHidden", context)?;
    if !v.is_undefined() {
        options.show_hidden = v.to_boolean();
    }
    let v = get(&o, "colors", context)?;
    if !v.is_undefined() {
        options.colors = v.to_boolean();
    }
    let v = get(&o, "customInspect", context)?;
    if !v.is_undefined() {
        options.custom_inspect = v.to_boolean();
    }
    let v = get(&o, "showProxy", context)?;
    if !v.is_undefined() {
        options.show_proxy = v.to_boolean();
    }
    for (key, slot) in [
        ("maxArrayLength", &mut options.max_array_length),
        ("maxStringLength", &mut options.max_string_length),
    ] {
        let v = get(&o, key, context)?;
        if v.is_null() {
            *slot = usize::MAX;
        } else if let Some(n) = number(&v) {
            *slot = if n.is_infinite() && n > 0.0 {
                usize::MAX
            } else {
                n.max(0.0) as usize
            };
        }
    }
    let v = get(&o, "breakLength", context)?;
    if let Some(n) = number(&v) {
        options.break_length = n;
    } else if v.is_undefined() && own(&o, "breakLength", context)? {
        // `length > undefined` is never true: every line fits.
        options.break_length = f64::INFINITY;
    }
    let v = get(&o, "compact", context)?;
    if let Some(b) = v.as_boolean() {
        options.compact = if b {
            Compact::Always
        } else {
            Compact::Levels(0)
        };
    } else if let Some(n) = number(&v) {
        options.compact = Compact::Levels(n.max(0.0) as u32);
    } else if !v.is_undefined() || own(&o, "compact", context)? {
        // Neither `true` nor a number >= 1: Node breaks every object onto its lines.
        options.compact = Compact::Levels(0);
    }
    let v = get(&o, "sorted", context)?;
    if !v.is_undefined() {
        options.sorted = v.to_boolean();
        if v.as_callable().is_some() {
            options.sort_orders = Some(Default::default());
        }
    }
    let v = get(&o, "getters", context)?;
    if let Some(s) = v.as_string() {
        options.getters = match s.to_std_string_escaped().as_str() {
            "get" => Getters::GetOnly,
            "set" => Getters::SetOnly,
            _ => Getters::All,
        };
    } else if v.to_boolean() {
        options.getters = Getters::All;
    }
    let v = get(&o, "numericSeparator", context)?;
    if !v.is_undefined() {
        options.numeric_separator = v.to_boolean();
    }
    Ok(options)
}

/// Capture `value` for `inspect`.
pub fn capture(
    value: &JsValue,
    options: &InspectOptions,
    context: &mut Context,
) -> JsResult<Captured> {
    let mut capturer = Capturer {
        context,
        options: options.clone(),
        graph: Graph::new(),
        path: Vec::new(),
        first: std::collections::HashMap::new(),
    };
    let root = capturer.value(value, 0.0)?;
    Ok(Captured {
        graph: capturer.graph,
        root,
    })
}

/// `util.inspect(value, options)`.
pub fn inspect_value(
    value: &JsValue,
    options: &InspectOptions,
    context: &mut Context,
) -> JsResult<String> {
    let captured = capture(value, options, context)?;
    Ok(crate::inspect::inspect(
        &captured.graph,
        captured.root,
        options,
    ))
}

/// The engine side of `util.format`.
struct Format<'a> {
    args: &'a [JsValue],
    context: &'a mut Context,
}

impl FormatHost for Format<'_> {
    type Error = JsError;

    fn arg_count(&self) -> usize {
        self.args.len()
    }

    fn arg(&mut self, index: usize) -> FormatArg {
        let v = &self.args[index];
        match v.variant() {
            boa_engine::JsVariant::Undefined => FormatArg::Undefined,
            boa_engine::JsVariant::Null => FormatArg::Null,
            boa_engine::JsVariant::Boolean(b) => FormatArg::Boolean(b),
            boa_engine::JsVariant::Float64(n) => FormatArg::Number(n),
            boa_engine::JsVariant::Integer32(n) => FormatArg::Number(f64::from(n)),
            boa_engine::JsVariant::BigInt(b) => FormatArg::BigInt(b.to_string()),
            boa_engine::JsVariant::String(s) => FormatArg::String(text(&s)),
            boa_engine::JsVariant::Symbol(s) => {
                FormatArg::Symbol(s.description().map(|d| text(&d)))
            }
            boa_engine::JsVariant::Object(_) => FormatArg::Object,
        }
    }

    fn has_builtin_to_string(&mut self, index: usize) -> JsResult<bool> {
        let v = self.args[index].clone();
        // Node's `%s` inspects only `typeof arg === 'object'`: a function is `String(fn)`.
        if v.is_callable() {
            return Ok(false);
        }
        Ok(call_hook(self.context, "hasBuiltInToString", &[v])?.to_boolean())
    }

    fn to_js_string(&mut self, index: usize) -> JsResult<JsText> {
        Ok(text(&self.args[index].to_string(self.context)?))
    }

    fn to_number(&mut self, index: usize) -> JsResult<f64> {
        self.args[index].to_number(self.context)
    }

    fn parse_int(&mut self, index: usize) -> JsResult<f64> {
        let v = self.args[index].clone();
        let f = self
            .context
            .global_object()
            .get(js_string!("parseInt"), self.context)?;
        Ok(f.as_callable()
            .map(|f| f.call(&JsValue::undefined(), &[v], self.context))
            .transpose()?
            .and_then(|v| v.as_number())
            .unwrap_or(f64::NAN))
    }

    fn parse_float(&mut self, index: usize) -> JsResult<f64> {
        let v = self.args[index].clone();
        let f = self
            .context
            .global_object()
            .get(js_string!("parseFloat"), self.context)?;
        Ok(f.as_callable()
            .map(|f| f.call(&JsValue::undefined(), &[v], self.context))
            .transpose()?
            .and_then(|v| v.as_number())
            .unwrap_or(f64::NAN))
    }

    fn json(&mut self, index: usize) -> JsResult<JsonResult> {
        let v = self.args[index].clone();
        let json = self
            .context
            .global_object()
            .get(js_string!("JSON"), self.context)?;
        let Some(json) = json.as_object() else {
            return Ok(JsonResult::Undefined);
        };
        let stringify = json.get(js_string!("stringify"), self.context)?;
        let Some(stringify) = stringify.as_callable() else {
            return Ok(JsonResult::Undefined);
        };
        match stringify.call(&json.clone().into(), &[v], self.context) {
            Ok(r) => Ok(match r.as_string() {
                Some(s) => JsonResult::Text(text(&s)),
                None => JsonResult::Undefined,
            }),
            Err(e) => {
                let is_circular = e
                    .as_native()
                    .is_some_and(|n| n.message().contains("circular structure"));
                if is_circular {
                    Ok(JsonResult::Circular)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn capture(&mut self, index: usize, opts: &InspectOptions) -> JsResult<Captured> {
        let v = self.args[index].clone();
        capture(&v, opts, self.context)
    }
}

/// `util.format(...args)` (`util.formatWithOptions` when `options` are given).
pub fn format_args(
    args: &[JsValue],
    options: &InspectOptions,
    context: &mut Context,
) -> JsResult<String> {
    let mut host = Format { args, context };
    crate::inspect::format(&mut host, options)
}

/// `native.renderTable(head, columns)`: Node's `cli_table` drawing for `console.table`.
pub fn render_table_native(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let strings = |value: &JsValue, context: &mut Context| -> JsResult<Vec<Option<String>>> {
        let Some(array) = value.as_object() else {
            return Ok(Vec::new());
        };
        let len = get(&array, "length", context)?.to_length(context)?;
        let mut out = Vec::new();
        for i in 0..len {
            let v = array.get(i, context)?;
            out.push(if v.is_undefined() {
                None
            } else {
                Some(v.to_string(context)?.to_std_string_escaped())
            });
        }
        Ok(out)
    };
    let head: Vec<String> = strings(&args.first().cloned().unwrap_or_default(), context)?
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let mut columns = Vec::new();
    if let Some(list) = args.get(1).and_then(JsValue::as_object) {
        let len = get(&list, "length", context)?.to_length(context)?;
        for i in 0..len {
            let column = list.get(i, context)?;
            columns.push(strings(&column, context)?);
        }
    }
    Ok(JsString::from(crate::inspect::render_table(&head, &columns).as_str()).into())
}

pub fn inspect_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    let given = args.get(1).cloned().unwrap_or_default();
    let options = read_options(&given, InspectOptions::default(), context)?;
    let comparator = match (&options.sort_orders, given.as_object()) {
        (Some(_), Some(o)) => get(&o, "sorted", context)?.as_object(),
        _ => None,
    };
    let text = match comparator {
        Some(comparator) => inspect_sorted_by(&value, options, &comparator, context)?,
        None => inspect_value(&value, &options, context)?,
    };
    Ok(JsString::from(text.as_str()).into())
}

/// `inspect` with `sorted: comparator`: Node sorts each list of formatted entries with
/// `Array.prototype.sort(comparator)`. The formatter reports the lists it has no order for;
/// they are sorted here, in JavaScript, and the value formatted again (an outer list holds
/// inner ones, so each round settles one more level).
fn inspect_sorted_by(
    value: &JsValue,
    mut options: InspectOptions,
    comparator: &JsObject,
    context: &mut Context,
) -> JsResult<String> {
    let captured = capture(value, &options, context)?;
    let mut orders = crate::inspect::SortOrders::new();
    let sort = context
        .intrinsics()
        .constructors()
        .array()
        .prototype()
        .get(js_string!("sort"), context)?;
    let Some(sort) = sort.as_callable() else {
        return Ok(crate::inspect::inspect(
            &captured.graph,
            captured.root,
            &options,
        ));
    };
    for _ in 0..64 {
        options.sort_orders = Some(std::sync::Arc::new(orders.clone()));
        let (text, misses) =
            crate::inspect::inspect_collecting(&captured.graph, captured.root, &options);
        if misses.is_empty() {
            return Ok(text);
        }
        for list in misses {
            let array = boa_engine::object::builtins::JsArray::from_iter(
                list.iter()
                    .map(|s| JsValue::from(JsString::from(s.as_str()))),
                context,
            );
            sort.call(&array.clone().into(), &[comparator.clone().into()], context)?;
            let mut sorted = Vec::with_capacity(list.len());
            for i in 0..list.len() {
                let item = array.get(i as u32, context)?;
                sorted.push(item.to_string(context)?.to_std_string_escaped());
            }
            orders.insert(list, sorted);
        }
    }
    options.sort_orders = None;
    Ok(crate::inspect::inspect(
        &captured.graph,
        captured.root,
        &options,
    ))
}

pub fn format_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let list = match args.first().and_then(JsValue::as_object) {
        Some(o) => {
            let array = JsArray::from_object(o)?;
            let len = array.length(context)?;
            (0..len)
                .map(|i| array.get(i, context))
                .collect::<JsResult<Vec<_>>>()?
        }
        None => Vec::new(),
    };
    let options = read_options(
        &args.get(1).cloned().unwrap_or_default(),
        InspectOptions::default(),
        context,
    )?;
    Ok(JsString::from(format_args(&list, &options, context)?.as_str()).into())
}

/// Node's `isError` is `isNativeError(e) || e instanceof Error`: an object made by
/// `Object.create(Error.prototype)` prints as an error too.
fn inherits_error(object: &JsObject, context: &Context) -> bool {
    let error_prototype = context.intrinsics().constructors().error().prototype();
    let mut proto = object.prototype();
    for _ in 0..64 {
        match proto {
            Some(p) if JsObject::equals(&p, &error_prototype) => return true,
            Some(p) => proto = p.prototype(),
            None => return false,
        }
    }
    false
}
