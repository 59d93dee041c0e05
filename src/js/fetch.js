//! The Fetch API globals as Node 20 has them from undici: `Headers`, `Request`, `Response`,
//! `FormData` and `fetch`, without a network.
// Evaluated as `(function (native, internals, global) { ... return exports; })`; registered as
// `internal/fetch`. looplab models no network: `fetch` of an http(s) URL fails as Node's does
// on a machine that can reach nothing (a host name: getaddrinfo ENOTFOUND; localhost or an IP
// address: connect ECONNREFUSED), in a later turn of the loop as a lookup or a connection
// would; `data:` URLs are answered. Every body gets its ReadableStream when it is made, as
// undici's extractBody does, and is read through it by undici 6's consumeBody, so a read
// settles after the microtask turns node's takes.
'use strict';

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const util = () => internals.loadBuiltin('util');
const encoder = new (internals.bufferGlobal('TextEncoder'))();
const decoder = new (internals.bufferGlobal('TextDecoder'))();

// The web streams' class, not the global (a program may have replaced it; reading the lazy
// global would also turn it into a data property where Node's stays an accessor).
const webReadableStream = () => internals['webstreams/readable'].ReadableStream;

// ------------------------------------------------------------------------------------ Headers
// RFC 9110 token characters, and the whitespace a header value is trimmed of (undici's
// isValidHeaderName, headerValueNormalize).
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const normalizeValue = (value) => `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');

function checkHeader(method, name, value) {
  if (!TOKEN.test(name)) throw new TypeError(`Headers.${method}: "${name}" is an invalid header name.`);
  if (value !== undefined && /[\0\r\n]/.test(value)) {
    throw new TypeError(`Headers.${method}: "${value}" is an invalid header value.`);
  }
}

// undici marks a WebIDL interface's attributes and operations enumerable
// (kEnumerableProperty), in the order the class defines them.
function enumerableMembers(target) {
  for (const name of Object.getOwnPropertyNames(target)) {
    if (name === 'constructor' || name === 'prototype' || name === 'length' || name === 'name') continue;
    const d = Object.getOwnPropertyDescriptor(target, name);
    if (d.enumerable) continue;
    d.enumerable = true;
    Object.defineProperty(target, name, d);
  }
}

class Headers {
  // undici's HeadersList: by lower-case name, the name as first given and the combined value.
  #map = new Map();
  #cookies = [];
  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError("Headers constructor: Expected init to be an object.");
      return;
    }
    if (typeof init !== 'object' && typeof init !== 'function') {
      throw new TypeError("Headers constructor: Expected init to be an object.");
    }
    if (init instanceof Headers) {
      for (const [key, entry] of init.#map) this.#map.set(key, { ...entry });
      this.#cookies = [...init.#cookies];
    } else if (typeof init[Symbol.iterator] === 'function') {
      for (const pair of init) {
        const items = [...pair];
        if (items.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + items.length + '.');
        this.append(items[0], items[1]);
      }
    } else {
      for (const key of Reflect.ownKeys(init)) {
        const d = Reflect.getOwnPropertyDescriptor(init, key);
        if (d !== undefined && d.enumerable && typeof key === 'string') this.append(key, init[key]);
      }
    }
  }
  append(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkHeader('append', name, value);
    const key = name.toLowerCase();
    const entry = this.#map.get(key);
    if (entry === undefined) this.#map.set(key, { name, value });
    else entry.value = `${entry.value}${key === 'cookie' ? '; ' : ', '}${value}`;
    if (key === 'set-cookie') this.#cookies.push(value);
  }
  delete(name) {
    name = `${name}`;
    checkHeader('delete', name);
    const key = name.toLowerCase();
    this.#map.delete(key);
    if (key === 'set-cookie') this.#cookies = [];
  }
  get(name) {
    name = `${name}`;
    checkHeader('get', name);
    const entry = this.#map.get(name.toLowerCase());
    return entry === undefined ? null : entry.value;
  }
  has(name) {
    name = `${name}`;
    checkHeader('has', name);
    return this.#map.has(name.toLowerCase());
  }
  set(name, value) {
    name = `${name}`;
    value = normalizeValue(value);
    checkHeader('set', name, value);
    const key = name.toLowerCase();
    this.#map.set(key, { name, value });
    if (key === 'set-cookie') this.#cookies = [value];
  }
  getSetCookie() { return [...this.#cookies]; }
  // The Fetch standard's "sort and combine": lower-case names in order, each Set-Cookie apart.
  #sorted() {
    const out = [];
    for (const key of [...this.#map.keys()].sort()) {
      if (key === 'set-cookie') for (const value of this.#cookies) out.push([key, value]);
      else out.push([key, this.#map.get(key).value]);
    }
    return out;
  }
  keys() { return headersIterator(this.#sorted().map(([k]) => k)); }
  values() { return headersIterator(this.#sorted().map(([, v]) => v)); }
  entries() { return headersIterator(this.#sorted()); }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of type 'Function'.");
    }
    for (const [key, value] of this.#sorted()) Reflect.apply(callback, thisArg, [value, key, this]);
  }
  // undici: `Headers ${formatWithOptions(options, headersList.entries)}`, the names as given.
  [customInspect](depth, options) {
    options.depth ??= depth;
    const shown = {};
    for (const { name, value } of this.#map.values()) shown[name] = value;
    return `Headers ${util().formatWithOptions(options, shown)}`;
  }
}
Headers.prototype[Symbol.iterator] = Headers.prototype.entries;
Object.defineProperty(Headers.prototype, Symbol.iterator, { enumerable: false });
enumerableMembers(Headers.prototype);
Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

const HeadersIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  [Symbol.toStringTag]: { value: 'Headers Iterator', configurable: true },
  next: {
    value: function next() { return this.items.next(); },
    writable: true, configurable: true,
  },
});
function headersIterator(items) {
  const it = Object.create(HeadersIteratorPrototype);
  Object.defineProperty(it, 'items', { value: items[Symbol.iterator]() });
  return it;
}

function toHeaders(init) {
  return init instanceof Headers ? new Headers(init) : new Headers(init ?? undefined);
}

// --------------------------------------------------------------------------------------- Body
// undici's extractBody: the bytes (or stream, or Blob) and the Content-Type they imply.
function extractBody(body) {
  if (body === null || body === undefined) return { source: null, type: null };
  if (typeof body === 'string') return { source: encoder.encode(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) {
    return { source: encoder.encode(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && body instanceof SharedArrayBuffer)) {
    return { source: new Uint8Array(body.slice(0)), type: null };
  }
  if (ArrayBuffer.isView(body)) {
    return { source: new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice(), type: null };
  }
  if (body instanceof internals.bufferGlobal('Blob')) return { source: body, type: body.type === '' ? null : body.type };
  if (body instanceof FormData) {
    const boundary = '----formdata-looplab-0000000000';
    let text = '';
    for (const [name, value] of body) {
      text += `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${typeof value === 'string' ? value : ''}\r\n`;
    }
    text += `--${boundary}--\r\n`;
    return { source: encoder.encode(text), type: `multipart/form-data; boundary=${boundary}` };
  }
  if (body instanceof webReadableStream()) return { source: body, type: null };
  return { source: encoder.encode(`${body}`), type: 'text/plain;charset=UTF-8' };
}

// undici's extractBody makes every body's stream at once: a ReadableStream given is the
// stream, a Blob's is its `stream()`, and bytes get a byte stream that enqueues them at the
// first pull and closes a microtask later (its `start` completing a microtask after this).
function bodyStream(source) {
  if (source instanceof webReadableStream()) return source;
  if (source instanceof internals.bufferGlobal('Blob')) return source.stream();
  return new (webReadableStream())({
    async pull(controller) {
      if (source.byteLength) controller.enqueue(source.slice());
      queueMicrotask(() => {
        try {
          controller.close();
          controller.byobRequest?.respond(0);
        } catch {
          // Already closed (undici's readableStreamClose ignores that).
        }
      });
    },
    start() {},
    type: 'bytes',
  });
}

// A body's state, shared by Request and Response.
class BodyState {
  constructor(source) {
    this.source = source;
    this.stream = source === null ? null : bodyStream(source);
    this.used = false;
  }
  get disturbed() {
    return this.used || (this.stream !== null && this.stream.locked);
  }
  get body() { return this.stream; }
  // undici's cloneBody: the stream teed, this body keeping the first branch.
  tee() {
    const copy = new BodyState(null);
    copy.source = this.source;
    if (this.stream !== null) [this.stream, copy.stream] = this.stream.tee();
    return copy;
  }
  // undici 6's consumeBody, an async function: unusable once read or locked, else a deferred
  // promise settled by `convert` once fullyReadBody has read every byte; returning that
  // promise from the async function costs the two turns of resolving with a thenable.
  async consume(convert) {
    if (this.disturbed) throw new TypeError('Body is unusable: Body has already been read');
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => { resolve = res; reject = rej; });
    const success = (bytes) => {
      try {
        resolve(convert(bytes));
      } catch (err) {
        reject(err);
      }
    };
    this.used = true;
    if (this.source === null) {
      success(new Uint8Array(0));
      return promise;
    }
    await this.fullyRead(success, reject);
    return promise;
  }
  // undici's fullyReadBody: the bytes from readAllBytes, or its error.
  async fullyRead(success, failure) {
    try {
      success(await this.readAllBytes());
    } catch (err) {
      failure(err);
    }
  }
  // undici's readAllBytes: a turn per chunk read.
  async readAllBytes() {
    const reader = this.stream.getReader();
    const chunks = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(typeof value === 'string' ? encoder.encode(value) : new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
    }
    const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of chunks) { out.set(c, at); at += c.length; }
    return out;
  }
}

// undici's body mixin: `body` and `bodyUsed` first, then (after `clone`) the readers.
function bodyMethods(klass, stateOf) {
  for (const name of ['body', 'bodyUsed']) {
    Object.defineProperty(klass.prototype, name, {
      get: name === 'body' ? function body() { return stateOf(this).body; } : function bodyUsed() { return stateOf(this).disturbed; },
      enumerable: true,
      configurable: true,
    });
  }
  const own = (name) => Object.getOwnPropertyDescriptor(klass.prototype, name);
  const after = ['duplex', 'clone'].filter((name) => own(name) !== undefined).map((name) => [name, own(name)]);
  for (const [name, d] of after) {
    delete klass.prototype[name];
    Object.defineProperty(klass.prototype, name, d);
  }
  // Plain functions, as undici's: each returns consumeBody's promise (a receiver that is not a
  // Request or Response rejects it).
  const consume = (self, convert) => {
    let state;
    try {
      state = stateOf(self);
    } catch {
      // undici's webidl.brandCheck.
      return Promise.reject(new TypeError('Illegal invocation'));
    }
    return state.consume(convert);
  };
  const methods = {
    blob() {
      return consume(this, (bytes) => new (internals.bufferGlobal('Blob'))([bytes], { type: this.headers.get('content-type') ?? '' }));
    },
    arrayBuffer() {
      return consume(this, (bytes) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    },
    text() { return consume(this, (bytes) => decoder.decode(bytes)); },
    json() { return consume(this, (bytes) => JSON.parse(decoder.decode(bytes))); },
    formData() {
      return consume(this, (bytes) => {
        const text = decoder.decode(bytes);
        const type = this.headers.get('content-type') ?? '';
        if (!type.startsWith('application/x-www-form-urlencoded')) {
          throw new TypeError('Response.formData: Could not parse content as FormData.');
        }
        const form = new FormData();
        for (const [name, value] of new URLSearchParams(text)) form.append(name, value);
        return form;
      });
    },
    bytes() { return consume(this, (bytes) => new Uint8Array(bytes)); },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(klass.prototype, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
}

// ------------------------------------------------------------------------------------- Request
const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT'];

let requestStateOf;
class Request {
  #state;
  constructor(input, init = {}) {
    if (arguments.length === 0) {
      throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    }
    init ??= {};
    let url;
    let method = 'GET';
    let headers;
    let signal;
    let body = null;
    if (input instanceof Request) {
      const from = input.#state;
      url = from.url;
      method = from.method;
      headers = from.headers;
      signal = from.signal;
      body = from.body.source;
    } else {
      try {
        url = new URL(`${input}`).href;
      } catch (cause) {
        throw new TypeError(`Failed to parse URL from ${input}`, { cause });
      }
    }
    if (init.method !== undefined) {
      method = `${init.method}`;
      if (NORMALIZED_METHODS.includes(method.toUpperCase())) method = method.toUpperCase();
      else if (method !== 'PATCH' && method.toUpperCase() === 'PATCH') {
        internals.process.emitWarning('Using `patch` is highly likely to result in a `405 Method Not Allowed`. `PATCH` is much more likely to succeed.', { code: 'UNDICI-FETCH-patch' });
      }
      if (['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase())) {
        throw new TypeError(`'${method}' HTTP method is unsupported.`);
      }
    }
    headers = toHeaders(init.headers !== undefined ? init.headers : headers);
    let type = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      ({ source: body, type } = extractBody(init.body));
    }
    if (type !== null && !headers.has('content-type')) headers.append('content-type', type);
    if (init.signal !== undefined && init.signal !== null) signal = init.signal;
    const controller = new global.AbortController();
    if (signal !== undefined) {
      if (signal.aborted) controller.abort(signal.reason);
      else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    }
    this.#state = {
      url,
      method,
      headers,
      signal: controller.signal,
      body: new BodyState(body),
      mode: init.mode ?? 'cors',
      credentials: init.credentials ?? 'same-origin',
      cache: init.cache ?? 'default',
      redirect: init.redirect ?? 'follow',
      referrerPolicy: init.referrerPolicy ?? '',
      integrity: init.integrity ?? '',
      keepalive: Boolean(init.keepalive),
    };
  }
  static {
    requestStateOf = (request) => request.#state;
  }
  get method() { return this.#state.method; }
  get url() { return this.#state.url; }
  get headers() { return this.#state.headers; }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return this.#state.referrerPolicy; }
  get mode() { return this.#state.mode; }
  get credentials() { return this.#state.credentials; }
  get cache() { return this.#state.cache; }
  get redirect() { return this.#state.redirect; }
  get integrity() { return this.#state.integrity; }
  get keepalive() { return this.#state.keepalive; }
  get isReloadNavigation() { return false; }
  get isHistoryNavigation() { return false; }
  get signal() { return this.#state.signal; }
  get duplex() { return 'half'; }
  clone() {
    if (this.#state.body.disturbed) throw new TypeError('Request.clone: Body has already been consumed.');
    const copy = new Request(this);
    copy.#state.body = this.#state.body.tee();
    return copy;
  }
  // undici's Request inspect: its attributes in this order.
  [customInspect](depth, options) {
    if (options.depth === null) options.depth = 2;
    const shown = {};
    for (const key of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials',
      'cache', 'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal']) {
      shown[key] = this[key];
    }
    return `Request ${util().formatWithOptions(options, shown)}`;
  }
}
bodyMethods(Request, (request) => requestStateOf(request).body);
enumerableMembers(Request.prototype);
// undici's defineProperties for Request lists an `attribute` key (a slip) that becomes an
// enumerable property whose value is undefined.
Object.defineProperty(Request.prototype, 'attribute', { value: undefined, enumerable: true, configurable: false, writable: false });
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

// ------------------------------------------------------------------------------------ Response
const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
const REDIRECT_STATUS = [301, 302, 303, 307, 308];

let responseStateOf;
class Response {
  #state;
  constructor(body = null, init = {}) {
    init ??= {};
    const status = init.status !== undefined ? Number(init.status) : 200;
    if (!Number.isInteger(status) || status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText !== undefined ? `${init.statusText}` : '';
    const headers = toHeaders(init.headers);
    const { source, type } = extractBody(body);
    if (source !== null && NULL_BODY_STATUS.includes(status)) {
      throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    }
    if (type !== null && !headers.has('content-type')) headers.append('content-type', type);
    this.#state = { status, statusText, headers, body: new BodyState(source), type: 'default', url: '', redirected: false };
  }
  static {
    responseStateOf = (response) => response.#state;
  }
  static error() {
    const response = new Response();
    Object.assign(response.#state, { status: 0, type: 'error' });
    return response;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = toHeaders(init?.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }
  static redirect(url, status = 302) {
    let href;
    try {
      href = new URL(`${url}`).href;
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!REDIRECT_STATUS.includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(null, { status });
    response.#state.headers.set('location', href);
    return response;
  }
  get type() { return this.#state.type; }
  get url() { return this.#state.url; }
  get redirected() { return this.#state.redirected; }
  get status() { return this.#state.status; }
  get ok() { return this.#state.status >= 200 && this.#state.status <= 299; }
  get statusText() { return this.#state.statusText; }
  get headers() { return this.#state.headers; }
  clone() {
    const state = this.#state;
    if (state.body.disturbed) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response(null, { status: state.status === 0 ? 200 : state.status, statusText: state.statusText, headers: state.headers });
    Object.assign(copy.#state, { type: state.type, url: state.url, redirected: state.redirected, status: state.status });
    if (state.body.source !== null) copy.#state.body = state.body.tee();
    return copy;
  }
  // undici's Response inspect: these attributes in this order.
  [customInspect](depth, options) {
    if (options.depth === null) options.depth = 2;
    const shown = {};
    for (const key of ['status', 'statusText', 'headers', 'body', 'bodyUsed', 'ok', 'redirected', 'type', 'url']) {
      shown[key] = this[key];
    }
    return `Response ${util().formatWithOptions(options, shown)}`;
  }
}
bodyMethods(Response, (response) => responseStateOf(response).body);
enumerableMembers(Response.prototype);
enumerableMembers(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// ------------------------------------------------------------------------------------ FormData
// One entry of a form: a string, or a File (a Blob becomes a File named `blob`).
function formEntry(name, value, filename) {
  if (value instanceof internals.bufferGlobal('Blob')) {
    const File = internals.bufferGlobal('File');
    if (!(value instanceof File) || filename !== undefined) {
      const named = filename !== undefined ? `${filename}` : value instanceof File ? value.name : 'blob';
      value = new (internals.bufferGlobal('File'))([value], named, { type: value.type });
    }
    return { name: `${name}`, value };
  }
  return { name: `${name}`, value: `${value}` };
}

class FormData {
  #entries = [];
  constructor(form = undefined) {
    if (form !== undefined) {
      throw new TypeError("FormData constructor: Argument 1 could not be converted to: undefined.");
    }
  }
  append(name, value, filename = undefined) {
    if (arguments.length < 2) throw new TypeError(`Failed to execute 'append' on 'FormData': 2 arguments required, but only ${arguments.length} present.`);
    this.#entries.push(formEntry(name, value, filename));
  }
  set(name, value, filename = undefined) {
    if (arguments.length < 2) throw new TypeError(`Failed to execute 'set' on 'FormData': 2 arguments required, but only ${arguments.length} present.`);
    const entry = formEntry(name, value, filename);
    const at = this.#entries.findIndex((e) => e.name === entry.name);
    if (at === -1) {
      this.#entries.push(entry);
    } else {
      this.#entries = [...this.#entries.slice(0, at), entry, ...this.#entries.slice(at + 1).filter((e) => e.name !== entry.name)];
    }
  }
  get(name) {
    const entry = this.#entries.find((e) => e.name === `${name}`);
    return entry === undefined ? null : entry.value;
  }
  getAll(name) { return this.#entries.filter((e) => e.name === `${name}`).map((e) => e.value); }
  has(name) { return this.#entries.some((e) => e.name === `${name}`); }
  delete(name) { this.#entries = this.#entries.filter((e) => e.name !== `${name}`); }
  entries() { return formIterator(this.#entries.map((e) => [e.name, e.value])); }
  keys() { return formIterator(this.#entries.map((e) => e.name)); }
  values() { return formIterator(this.#entries.map((e) => e.value)); }
  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.");
    }
    for (const [name, value] of this.entries()) Reflect.apply(callback, thisArg, [value, name, this]);
  }
  // undici's FormData inspect: a null-prototype object of the entries (a repeated name as an
  // array), printed without its `[Object: null prototype]` prefix.
  [customInspect](depth, options) {
    const state = { __proto__: null };
    for (const { name, value } of this.#entries) {
      if (state[name]) {
        if (Array.isArray(state[name])) state[name].push(value);
        else state[name] = [state[name], value];
      } else {
        state[name] = value;
      }
    }
    options.depth ??= depth;
    const output = util().formatWithOptions(options, state);
    return `FormData ${output.slice(output.indexOf(']') + 2)}`;
  }
}
FormData.prototype[Symbol.iterator] = FormData.prototype.entries;
Object.defineProperty(FormData.prototype, Symbol.iterator, { enumerable: false });
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'keys', 'values', 'entries', 'forEach']) {
  // undici's FormData order (its class defines them otherwise).
  const d = Object.getOwnPropertyDescriptor(FormData.prototype, name);
  delete FormData.prototype[name];
  Object.defineProperty(FormData.prototype, name, d);
}
enumerableMembers(FormData.prototype);
Object.defineProperty(FormData.prototype, Symbol.toStringTag, { value: 'FormData', configurable: true });

const FormDataIteratorPrototype = Object.create(Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())), {
  [Symbol.toStringTag]: { value: 'FormData Iterator', configurable: true },
  next: {
    value: function next() { return this.items.next(); },
    writable: true, configurable: true,
  },
});
function formIterator(items) {
  const it = Object.create(FormDataIteratorPrototype);
  Object.defineProperty(it, 'items', { value: items[Symbol.iterator]() });
  return it;
}

// --------------------------------------------------------------------------------------- fetch
// An error as libuv's callbacks make them (lib/internal/errors.js: dnsException,
// exceptionWithHostPort), with the one frame Node's stack shows.
function systemError(message, props, frame) {
  const err = new Error(message);
  Object.assign(err, props);
  Object.defineProperty(err, 'stack', {
    value: `Error: ${message}\n    at ${frame}`, writable: true, configurable: true, enumerable: false,
  });
  return err;
}

// undici's fetch rejects with `TypeError: fetch failed` and the cause; its stack is Node's.
function fetchFailed(cause) {
  const err = new TypeError('fetch failed', { cause });
  Object.defineProperty(err, 'stack', {
    value: 'TypeError: fetch failed\n    at node:internal/deps/undici/undici:14976:13\n'
      + '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
    writable: true, configurable: true, enumerable: false,
  });
  return err;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

// Why the connection fails: no host resolves and no port listens here.
function networkCause(url) {
  const host = url.hostname;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const literal = host.startsWith('[') ? host.slice(1, -1) : host;
  if (host === 'localhost' || IPV4.test(host) || host.startsWith('[')) {
    const address = host === 'localhost' ? '127.0.0.1' : literal;
    return systemError(`connect ECONNREFUSED ${address}:${port}`,
      { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address, port },
      'TCPConnectWrap.afterConnect [as oncomplete] (node:net:1611:16)');
  }
  return systemError(`getaddrinfo ENOTFOUND ${host}`,
    { errno: -3008, code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: host },
    'GetAddrInfoReqWrap.onlookupall [as oncomplete] (node:dns:122:26)');
}

// `data:[<mediatype>][;base64],<data>` (the Fetch standard's data: URL processor).
function dataResponse(href) {
  const rest = href.slice('data:'.length);
  const comma = rest.indexOf(',');
  if (comma === -1) return null;
  let mediaType = rest.slice(0, comma).trim();
  let payload = rest.slice(comma + 1);
  let bytes;
  const base64 = /;\s*base64$/i.test(mediaType);
  if (base64) {
    mediaType = mediaType.replace(/;\s*base64$/i, '');
    bytes = new Uint8Array(global.Buffer.from(decodeURIComponent(payload), 'base64'));
  } else {
    bytes = new Uint8Array(global.Buffer.from(payload.replace(/%([0-9a-fA-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
  }
  if (mediaType === '' || mediaType.startsWith(';')) mediaType = `text/plain${mediaType === '' ? ';charset=US-ASCII' : mediaType}`;
  const response = new Response(bytes, { status: 200, statusText: 'OK', headers: { 'content-type': mediaType.toLowerCase() } });
  Object.assign(responseStateOf(response), { type: 'basic', url: href });
  return response;
}

async function fetchAsync(input, init) {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (request.signal.aborted) throw request.signal.reason;
  let cause;
  switch (url.protocol) {
    case 'data:': {
      const response = dataResponse(url.href);
      if (response !== null) return response;
      cause = new TypeError('invalid data: URL');
      break;
    }
    case 'http:':
    case 'https:':
      // The lookup or the connection answers in a later turn of the loop.
      cause = networkCause(url);
      await new Promise((resolve) => global.setImmediate(resolve));
      break;
    case 'about:':
      cause = new Error('about scheme is not supported');
      break;
    case 'blob:':
      cause = new Error('invalid method');
      break;
    case 'file:':
      cause = new Error('not implemented... yet...');
      break;
    default:
      cause = new Error('unknown scheme');
  }
  throw fetchFailed(cause);
}

// lib/internal/bootstrap/web/exposed-window-or-worker.js: a plain function calling undici's.
function fetch(input, init = undefined) {
  return fetchAsync(input, init);
}

// The globals are the prelude's (exposeLazyGlobals): `fetch` calls this one.

return { Headers, Request, Response, FormData, fetch };
