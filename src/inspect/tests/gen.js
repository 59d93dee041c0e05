// Generates generated.rs: each case captures a real JS value the way the
// runtime must (see ../value.rs) and records real node's util.inspect output.
//
//   node --expose-internals src/inspect/tests/gen.js > src/inspect/tests/generated.rs
'use strict';
const util = require('util');
const { internalBinding } = require('internal/test/binding');
const ub = internalBinding('util');
const { kPending, kRejected } = ub.constants;
const cases = require('./cases.js');

function rustStr(str) {
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const cp = str.codePointAt(i);
      if (cp > 0xffff) { out += `\\u{${cp.toString(16)}}`; i++; continue; }
      return null; // lone surrogate
    }
    if (c === 34) out += '\\"';
    else if (c === 92) out += '\\\\';
    else if (c >= 32 && c < 127) out += str[i];
    else out += `\\u{${c.toString(16)}}`;
  }
  return `"${out}"`;
}
function text(str) {
  const r = rustStr(str);
  if (r !== null) return `t(${r})`;
  return `tu(&[${Array.from({ length: str.length }, (_, i) => str.charCodeAt(i)).join(', ')}])`;
}
function f64(x) {
  if (Number.isNaN(x)) return 'f64::NAN';
  if (x === Infinity) return 'f64::INFINITY';
  if (x === -Infinity) return 'f64::NEG_INFINITY';
  if (Object.is(x, -0)) return '-0.0f64';
  return `${x}f64`;
}
const optText = (s) => (s === undefined ? 'None' : `Some(${text(s)})`);

function constructorName(obj) {
  const tmp = obj;
  let o = obj;
  let firstProto;
  while (o) {
    const d = Object.getOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') {
      let ok = false;
      try { ok = tmp instanceof d.value; } catch {}
      if (ok) return String(d.value.name);
    }
    o = Object.getPrototypeOf(o);
    if (firstProto === undefined) firstProto = o;
  }
  if (firstProto === null) return null;
  return `${ub.getConstructorName(tmp)} <${util.inspect(firstProto, { customInspect: false, depth: -1 })}>`;
}

const isIndex = (k) => typeof k === 'string' && /^(0|[1-9][0-9]*)$/.test(k) && +k < 2 ** 32 - 1;

function capture(value, opts) {
  const nodes = [];
  const ids = new Map();
  const showHidden = !!opts.showHidden;
  const customInspect = opts.customInspect !== false;
  const depth = opts.depth === undefined ? 2 : (opts.depth === null ? Infinity : opts.depth);
  const add = (s) => { nodes.push(s); return nodes.length - 1; };

  function propsOf(v, skipIndex, isErr) {
    const out = [];
    for (const k of Reflect.ownKeys(v)) {
      if (skipIndex && isIndex(k)) continue;
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (!d.enumerable && !showHidden && !(isErr && (k === 'cause' || k === 'errors'))) continue;
      out.push(prop(v, k, d));
    }
    return out;
  }
  function keyText(k) {
    return typeof k === 'symbol' ? `PropKey::Symbol(${optText(k.description)})` : `PropKey::String(${text(k)})`;
  }
  function prop(v, k, d) {
    let value;
    if ('value' in d) {
      value = `PropValue::Data(NodeId(${cap(d.value)}))`;
    } else {
      let res = 'None';
      const g = opts.getters;
      if (d.get && g && (g === true || (g === 'get' && !d.set) || (g === 'set' && d.set))) {
        try { res = `Some(GetterResult::Value(NodeId(${cap(d.get.call(v))})))`; } catch (e) { res = `Some(GetterResult::Threw(${text(String(e.message))}))`; }
      }
      value = `PropValue::Accessor { get: ${!!d.get}, set: ${!!d.set}, value: ${res} }`;
    }
    return `Property { key: ${keyText(k)}, value: ${value}, enumerable: ${d.enumerable} }`;
  }

  function cap(v) {
    if (v === undefined) return add('Node::Undefined');
    if (v === null) return add('Node::Null');
    switch (typeof v) {
      case 'boolean': return add(`Node::Boolean(${v})`);
      case 'number': return add(`Node::Number(${f64(v)})`);
      case 'bigint': return add(`Node::BigInt("${v}".into())`);
      case 'string': return add(`Node::String(${text(v)})`);
      case 'symbol': return add(`Node::Symbol(${optText(v.description)})`);
    }
    if (ids.has(v)) return ids.get(v);
    const id = add(null);
    ids.set(v, id);
    const proxy = ub.getProxyDetails(v, true);
    if (proxy !== undefined) {
      if (proxy === null || proxy[0] === null) {
        nodes[id] = 'obj(Some("Object"), ObjectKind::Proxy { target: None, handler: None }, vec![])';
      } else {
        const t = cap(proxy[0]);
        const h = cap(proxy[1]);
        nodes[id] = `obj(Some("Object"), ObjectKind::Proxy { target: Some(NodeId(${t})), handler: Some(NodeId(${h})) }, vec![])`;
      }
      return id;
    }
    if (customInspect) {
      const f = v[util.inspect.custom];
      if (typeof f === 'function' && !Buffer.isBuffer(v) && !(v.constructor && v.constructor.prototype === v)) {
        const ret = f.call(v, depth, { ...opts }, util.inspect);
        if (ret !== v) {
          nodes[id] = typeof ret === 'string' ? `Node::Custom(Custom::Text(${text(ret)}))` : `Node::Custom(Custom::Value(NodeId(${cap(ret)})))`;
          return id;
        }
      }
    }
    const ctor = constructorName(v);
    const ctorText = ctor === null ? 'None' : `Some(${JSON.stringify(ctor)})`;
    let tag = v[Symbol.toStringTag];
    let tagText = '';
    if (typeof tag === 'string' && tag !== '') {
      const d = Object.getOwnPropertyDescriptor(v, Symbol.toStringTag);
      const src = d ? `TagSource::Own { enumerable: ${d.enumerable} }` : 'TagSource::Inherited';
      tagText = `.tag(${text(tag)}, ${src})`;
    }
    const className = ctor === null ? `.class(${JSON.stringify(ub.getConstructorName(v))})` : '';
    const t = util.types;
    let kind;
    let skipIndex = false;
    let isErr = false;
    if (Array.isArray(v)) {
      skipIndex = true;
      const items = Object.keys(v).filter(isIndex).map((k) => `(${k}, NodeId(${cap(v[k])}))`);
      kind = `ObjectKind::Array { length: ${v.length}, items: vec![${items.join(', ')}], scanned: ${v.length} }`;
    } else if (typeof v === 'function') {
      const src = Function.prototype.toString.call(v);
      let fk = 'Normal';
      let name = v.name;
      if (src.startsWith('class') && src.endsWith('}')) {
        fk = 'Class';
        name = (Object.prototype.hasOwnProperty.call(v, 'name') && v.name) || '';
      } else if (t.isAsyncFunction(v) && t.isGeneratorFunction(v)) fk = 'AsyncGenerator';
      else if (t.isAsyncFunction(v)) fk = 'Async';
      else if (t.isGeneratorFunction(v)) fk = 'Generator';
      const sup = Object.getPrototypeOf(v);
      const ext = sup && sup.name ? `Some(${text(String(sup.name))})` : 'None';
      kind = `ObjectKind::Function { name: ${text(String(name))}, kind: FunctionKind::${fk}, extends: ${ext} }`;
    } else if (t.isMap(v)) {
      const e = [...Map.prototype.entries.call(v)].map(([a, b]) => `(NodeId(${cap(a)}), NodeId(${cap(b)}))`);
      kind = `ObjectKind::Map { size: ${Reflect.get(Map.prototype, 'size', v)}, entries: vec![${e.join(', ')}] }`;
    } else if (t.isSet(v)) {
      const e = [...Set.prototype.values.call(v)].map((a) => `NodeId(${cap(a)})`);
      kind = `ObjectKind::Set { size: ${Reflect.get(Set.prototype, 'size', v)}, values: vec![${e.join(', ')}] }`;
    } else if (t.isWeakMap(v) || t.isWeakSet(v)) {
      const isMap = t.isWeakMap(v);
      const e = showHidden ? ub.previewEntries(v) : [];
      if (isMap) {
        const pairs = [];
        for (let i = 0; i < e.length; i += 2) pairs.push(`(NodeId(${cap(e[i])}), NodeId(${cap(e[i + 1])}))`);
        kind = `ObjectKind::WeakMap { entries: vec![${pairs.join(', ')}] }`;
      } else {
        kind = `ObjectKind::WeakSet { values: vec![${e.map((x) => `NodeId(${cap(x)})`).join(', ')}] }`;
      }
    } else if (t.isMapIterator(v) || t.isSetIterator(v)) {
      const [e, kv] = ub.previewEntries(v, true);
      let ent;
      if (kv) {
        const pairs = [];
        for (let i = 0; i < e.length; i += 2) pairs.push(`(NodeId(${cap(e[i])}), NodeId(${cap(e[i + 1])}))`);
        ent = `IterEntries::Pairs(vec![${pairs.join(', ')}])`;
      } else {
        ent = `IterEntries::Values(vec![${e.map((x) => `NodeId(${cap(x)})`).join(', ')}])`;
      }
      kind = `ObjectKind::${t.isMapIterator(v) ? 'Map' : 'Set'}Iterator(${ent})`;
    } else if (t.isTypedArray(v)) {
      skipIndex = true;
      const k = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get.call(v);
      const TA = Object.getPrototypeOf(Uint8Array.prototype);
      const tg = (n) => Object.getOwnPropertyDescriptor(TA, n).get.call(v);
      const big = k.startsWith('Big');
      const els = Array.from({ length: tg('length') }, (_, i) => v[i]).map((x) => (big ? `"${x}".into()` : f64(x)));
      const kname = k.replace('Array', '').replace('Uint8Clamped', 'Uint8Clamped');
      const buf = showHidden ? `Some(NodeId(${cap(tg('buffer'))}))` : 'None';
      kind = `ObjectKind::TypedArray { kind: TypedArrayKind::${kname}, length: ${tg('length')}, elements: TypedElements::${big ? 'BigInts' : 'Numbers'}(vec![${els.join(', ')}]), byte_offset: ${tg('byteOffset')}, buffer: ${buf}, node_buffer: ${Buffer.isBuffer(v) ? `Some(${require("buffer").INSPECT_MAX_BYTES}.0)` : "None"} }`;
    } else if (t.isAnyArrayBuffer(v)) {
      let bytes = 'None';
      try { bytes = `Some(vec![${Array.from(new Uint8Array(v)).join(', ')}])`; } catch {}
      kind = `ObjectKind::ArrayBuffer { shared: ${t.isSharedArrayBuffer(v)}, byte_length: ${v.byteLength}, bytes: ${bytes} }`;
    } else if (t.isDataView(v)) {
      kind = `ObjectKind::DataView { byte_length: ${v.byteLength}, byte_offset: ${v.byteOffset}, buffer: NodeId(${cap(v.buffer)}) }`;
    } else if (t.isDate(v)) {
      kind = `ObjectKind::Date { time: ${f64(Date.prototype.getTime.call(v))} }`;
    } else if (t.isRegExp(v)) {
      const rg = (n) => Object.getOwnPropertyDescriptor(RegExp.prototype, n).get.call(v);
      kind = `ObjectKind::RegExp { source: ${text(rg('source'))}, flags: ${JSON.stringify(rg('flags'))}.into() }`;
    } else if (t.isNativeError(v) || v instanceof Error) {
      isErr = true;
      const name = v.name != null ? String(v.name) : 'Error';
      const message = v.message ? `Some(${text(String(v.message))})` : 'None';
      const stack = v.stack ? String(v.stack) : Error.prototype.toString.call(v);
      const inh = ('cause' in v && !Object.prototype.hasOwnProperty.call(v, 'cause')) ? `Some(NodeId(${cap(v.cause)}))` : 'None';
      kind = `ObjectKind::Error(ErrorInfo { name: ${text(name)}, message: ${message}, stack: ${text(stack)}, inherited_cause: ${inh} })`;
    } else if (t.isBoxedPrimitive(v)) {
      let b;
      if (t.isNumberObject(v)) b = `Boxed::Number(${f64(Number.prototype.valueOf.call(v))})`;
      else if (t.isStringObject(v)) { b = `Boxed::String(${text(String.prototype.valueOf.call(v))})`; skipIndex = true; }
      else if (t.isBooleanObject(v)) b = `Boxed::Boolean(${Boolean.prototype.valueOf.call(v)})`;
      else if (t.isBigIntObject(v)) b = `Boxed::BigInt("${BigInt.prototype.valueOf.call(v)}".into())`;
      else b = `Boxed::Symbol(${optText(Symbol.prototype.valueOf.call(v).description)})`;
      kind = `ObjectKind::Boxed(${b})`;
    } else if (t.isPromise(v)) {
      const [state, result] = ub.getPromiseDetails(v);
      const st = state === kPending ? 'PromiseState::Pending' : `PromiseState::${state === kRejected ? 'Rejected' : 'Fulfilled'}(NodeId(${cap(result)}))`;
      kind = `ObjectKind::Promise(${st})`;
    } else if (t.isArgumentsObject(v)) {
      kind = 'ObjectKind::Arguments';
    } else {
      kind = 'ObjectKind::Plain';
    }
    const props = propsOf(v, skipIndex, isErr);
    nodes[id] = `obj(${ctorText}, ${kind}, vec![${props.join(', ')}])${tagText}${className}`;
    return id;
  }
  const root = cap(value);
  return { nodes, root };
}

function optsRust(o) {
  const f = [];
  if (o.showHidden !== undefined) f.push(`show_hidden: ${!!o.showHidden}`);
  if (o.depth !== undefined) f.push(`depth: ${o.depth === null ? 'f64::INFINITY' : f64(o.depth)}`);
  if (o.colors !== undefined) f.push(`colors: ${!!o.colors}`);
  if (o.customInspect !== undefined) f.push(`custom_inspect: ${!!o.customInspect}`);
  if (o.showProxy !== undefined) f.push(`show_proxy: ${!!o.showProxy}`);
  if (o.maxArrayLength !== undefined) f.push(`max_array_length: InspectOptions::length_option(${o.maxArrayLength === null ? 'None' : `Some(${f64(o.maxArrayLength)})`})`);
  if (o.maxStringLength !== undefined) f.push(`max_string_length: InspectOptions::length_option(${o.maxStringLength === null ? 'None' : `Some(${f64(o.maxStringLength)})`})`);
  if (o.breakLength !== undefined) f.push(`break_length: ${f64(o.breakLength)}`);
  if (o.compact !== undefined) f.push(`compact: ${o.compact === true ? 'Compact::Always' : `Compact::Levels(${o.compact === false ? 0 : o.compact})`}`);
  if (o.sorted !== undefined) f.push(`sorted: ${!!o.sorted}`);
  if (o.getters !== undefined) f.push(`getters: ${o.getters === true ? 'Getters::All' : o.getters === 'get' ? 'Getters::GetOnly' : o.getters === 'set' ? 'Getters::SetOnly' : 'Getters::No'}`);
  if (o.numericSeparator !== undefined) f.push(`numeric_separator: ${!!o.numericSeparator}`);
  return `InspectOptions { ${f.join(', ')}${f.length ? ', ' : ''}..InspectOptions::default() }`;
}

let out = '//! util.inspect expectations, each recorded from node by gen.js over cases.js.\n';
out += '// @generated by gen.js from node ' + process.version + ' — do not edit.\n';
out += '#![allow(clippy::all)]\nuse super::*;\n\n';
const seen = new Set();
for (const [name, make, opts = {}] of cases) {
  if (seen.has(name)) throw new Error(`duplicate case ${name}`);
  seen.add(name);
  const value = make();
  const expected = util.inspect(value, opts);
  const { nodes, root } = capture(value, opts);
  out += `#[test]\nfn ${name}() {\n`;
  out += `    let g = Graph { nodes: vec![\n${nodes.map((n, i) => `        /* ${i} */ ${n}${n.startsWith('obj(') ? '.n()' : ''},\n`).join('')}    ] };\n`;
  out += `    let o = ${optsRust(opts)};\n`;
  out += `    check(&g, NodeId(${root}), &o, ${rustStr(expected) ?? '"<lone surrogate>"'});\n}\n\n`;
}
process.stdout.write(out);
