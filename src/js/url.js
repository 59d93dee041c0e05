//! `node:url` and the globals `URL` and `URLSearchParams`, shaped as Node 20's
//! lib/internal/url.js (WHATWG URL: parsing and setters by the `url` crate through
//! `src/url_natives.rs`, as Node hands them to ada) and lib/url.js (the legacy `Url`:
//! `parse`, `format`, `resolve`), with `fileURLToPath`, `pathToFileURL`, `urlToHttpOptions`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`, registered as
// `internal/url`.
'use strict';

const { codedError, describeReceived, path } = internals;
const inspect = (value, options) => internals.loadBuiltin('util').inspect(value, options);
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function invalidArgType(name, type, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${type}.${describeReceived(value)}`);
}
function missingArgs(name) {
  return codedError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}
function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}
// Node 20 makes this one without the code in its stack header (`TypeError: Invalid URL`).
function invalidUrl(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}
// A USVString argument as WebIDL converts it (a symbol throws, as `${}` does).
const toUSV = (value) => `${value}`;

// -------------------------------------------------------------------------------- URL
// The components' places in the arrays the natives return (url_natives.rs COMPONENTS).
const HREF = 0, ORIGIN = 1, PROTOCOL = 2, USERNAME = 3, PASSWORD = 4, HOST = 5, HOSTNAME = 6,
  PORT = 7, PATHNAME = 8, SEARCH = 9, HASH = 10;

const kContext = Symbol('context');
const kParams = Symbol('query');
const kUrl = Symbol('url');

function isURL(value) {
  return value != null && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, kContext);
}
function checkURL(value) {
  if (!isURL(value)) throw invalidThis('URL');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSV(input);
    if (base !== undefined) base = toUSV(base);
    const parts = native.parse(input, base);
    if (parts === null) {
      // Node's binding throws it from the constructor (Node 20.20.2's lib/internal/url.js).
      const err = invalidUrl(input, base);
      internals.setThrowSite(err, 'node:internal/url:806\n    const href = bindingUrl.parse(input, base, raiseException);\n                            ^\n');
      internals.prependStackFrames(err, '    at new URL (node:internal/url:806:29)');
      throw err;
    }
    Object.defineProperty(this, kContext, { value: parts, writable: true });
    Object.defineProperty(this, kParams, { value: undefined, writable: true });
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    return native.parse(toUSV(input), base === undefined ? undefined : toUSV(base)) !== null;
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
      password: this.password, host: this.host, hostname: this.hostname, port: this.port,
      pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    const name = (typeof this.constructor === 'function' && this.constructor.name) || 'URL';
    return `${name} ${inspect(obj, opts)}`;
  }

  toString() { checkURL(this); return this[kContext][HREF]; }
  toJSON() { checkURL(this); return this[kContext][HREF]; }

  get href() { checkURL(this); return this[kContext][HREF]; }
  set href(value) {
    checkURL(this);
    value = toUSV(value);
    const parts = native.set(this[kContext][HREF], 'href', value);
    if (parts === null) {
      // Node's setter makes it in JavaScript: its stack's header has the code.
      const err = invalidUrl(value);
      internals.setStackHeader(err, 'TypeError [ERR_INVALID_URL]: Invalid URL');
      internals.setThrowSite(err, 'node:internal/url:934\n    if (!href) { throw new ERR_INVALID_URL(value); }\n                 ^\n');
      internals.prependStackFrames(err, '    at set href [as href] (node:internal/url:934:24)');
      throw err;
    }
    updateContext(this, parts);
  }
  get origin() { checkURL(this); return this[kContext][ORIGIN]; }
  get protocol() { checkURL(this); return this[kContext][PROTOCOL]; }
  set protocol(value) { setComponent(this, 'protocol', value); }
  get username() { checkURL(this); return this[kContext][USERNAME]; }
  set username(value) { setComponent(this, 'username', value); }
  get password() { checkURL(this); return this[kContext][PASSWORD]; }
  set password(value) { setComponent(this, 'password', value); }
  get host() { checkURL(this); return this[kContext][HOST]; }
  set host(value) { setComponent(this, 'host', value); }
  get hostname() { checkURL(this); return this[kContext][HOSTNAME]; }
  set hostname(value) { setComponent(this, 'hostname', value); }
  get port() { checkURL(this); return this[kContext][PORT]; }
  set port(value) { setComponent(this, 'port', value); }
  get pathname() { checkURL(this); return this[kContext][PATHNAME]; }
  set pathname(value) { setComponent(this, 'pathname', value); }
  get search() { checkURL(this); return this[kContext][SEARCH]; }
  set search(value) { setComponent(this, 'search', value); }
  get hash() { checkURL(this); return this[kContext][HASH]; }
  set hash(value) { setComponent(this, 'hash', value); }

  get searchParams() {
    checkURL(this);
    if (this[kParams] === undefined) {
      const params = new URLSearchParams();
      params[kUrl] = this;
      params[kList] = parseParams(this[kContext][SEARCH]);
      this[kParams] = params;
    }
    return this[kParams];
  }

  static createObjectURL() {
    throw codedError(Error, 'ERR_LOOPLAB_NOT_IMPLEMENTED', 'URL.createObjectURL is not available in looplab');
  }
  static revokeObjectURL() {}
}
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  // Deleted and defined again, so the keys come in Node's order.
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  delete URL.prototype[name];
  Object.defineProperty(URL.prototype, name, { ...descriptor, enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function setComponent(url, field, value) {
  checkURL(url);
  updateContext(url, native.set(url[kContext][HREF], field, toUSV(value)));
}
// A new href: the URL's query object (if made) follows its search.
function updateContext(url, parts) {
  const searchChanged = url[kContext][SEARCH] !== parts[SEARCH];
  url[kContext] = parts;
  if (searchChanged && url[kParams] !== undefined) url[kParams][kList] = parseParams(parts[SEARCH]);
}

// ---------------------------------------------------------------- URLSearchParams
const kList = Symbol('searchParams');

function parseParams(query) {
  if (query.startsWith('?')) query = query.slice(1);
  return native.formParse(query);
}
function checkParams(value) {
  if (value == null || typeof value !== 'object' || !Array.isArray(value[kList])) throw invalidThis('URLSearchParams');
}
// The URL a URLSearchParams belongs to gets the new query (an empty one drops the `?`).
function updateUrl(params) {
  const url = params[kUrl];
  if (url === undefined) return;
  const serialized = native.formSerialize(params[kList]);
  const parts = native.set(url[kContext][HREF], 'search', serialized);
  url[kContext] = parts;
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true });
    Object.defineProperty(this, kUrl, { value: undefined, writable: true });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && Array.isArray(init[kList])) {
        this[kList] = [...init[kList]];
      } else if (method != null) {
        if (typeof method !== 'function') throw invalidArgType('query', 'an iterable object', init);
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const items = [...pair];
          if (items.length !== 2) {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push(toUSV(items[0]), toUSV(items[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          if (typeof key !== 'string') continue;
          const descriptor = Reflect.getOwnPropertyDescriptor(init, key);
          if (descriptor === undefined || !descriptor.enumerable) continue;
          const value = toUSV(init[key]);
          const at = this[kList].findIndex((item, i) => i % 2 === 0 && item === key);
          if (at === -1) this[kList].push(key, value);
          else this[kList][at + 1] = value;
        }
      }
    } else {
      this[kList] = parseParams(toUSV(init));
    }
  }

  [customInspect](recurseTimes, ctx) {
    checkParams(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = this[kList];
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${inspect(list[i], innerOpts)} => ${inspect(list[i + 1], innerOpts)}`);
    const length = output.reduce((prev, cur) => prev + cur.length + separator.length, -separator.length);
    const name = this.constructor.name;
    if (length > ctx.breakLength) return `${name} {\n  ${output.join(',\n  ')} }`;
    if (output.length) return `${name} { ${output.join(separator)} }`;
    return `${name} {}`;
  }

  get size() { checkParams(this); return this[kList].length / 2; }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
    this[kList].push(toUSV(name), toUSV(value));
    updateUrl(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    updateUrl(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    const values = [];
    name = toUSV(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) values.push(list[i + 1]);
    return values;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSV(name);
    if (value !== undefined) value = toUSV(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "name" and "value" arguments must be specified');
    const list = this[kList];
    name = toUSV(name);
    value = toUSV(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    updateUrl(this);
  }

  // A stable sort by name in UTF-16 code units (Array.prototype.sort is stable and compares
  // strings by code units).
  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this[kList] = pairs.flat();
    updateUrl(this);
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    let list = this[kList];
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this[kList];
    }
  }

  entries() { checkParams(this); return createIterator(this, 'key+value'); }
  keys() { checkParams(this); return createIterator(this, 'key'); }
  values() { checkParams(this); return createIterator(this, 'value'); }

  toString() {
    checkParams(this);
    return native.formSerialize(this[kList]);
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString']) {
  // Deleted and defined again, so the keys come in Node's order.
  const descriptor = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  delete URLSearchParams.prototype[name];
  Object.defineProperty(URLSearchParams.prototype, name, { ...descriptor, enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

// The iterator reads the live list at each step, as Node's does.
const kIterator = Symbol('context');
const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const URLSearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const context = this?.[kIterator];
      if (context === undefined) throw invalidThis('URLSearchParamsIterator');
      const { target, kind } = context;
      const list = target[kList];
      if (context.index >= list.length) return { value: undefined, done: true };
      const name = list[context.index];
      const value = list[context.index + 1];
      context.index += 2;
      const result = kind === 'key' ? name : kind === 'value' ? value : [name, value];
      return { value: result, done: false };
    },
    writable: true, configurable: true, enumerable: true,
  },
  [customInspect]: {
    value: function (recurseTimes, ctx) {
      const context = this?.[kIterator];
      if (context === undefined) throw invalidThis('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const { target, kind, index } = context;
      const list = target[kList];
      const output = [];
      for (let i = index; i < list.length; i += 2) {
        if (kind === 'key') output.push(list[i]);
        else if (kind === 'value') output.push(list[i + 1]);
        else output.push([list[i], list[i + 1]]);
      }
      const breakLn = inspect(output, innerOpts).includes('\n');
      const strings = output.map((p) => inspect(p, innerOpts));
      const body = breakLn ? `\n  ${strings.join(',\n  ')}` : ` ${strings.join(', ')}`;
      return `${this[Symbol.toStringTag]} {${body} }`;
    },
    writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
});
function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iterator[kIterator] = { target, kind, index: 0 };
  return iterator;
}

// ---------------------------------------------------------------- file URLs and options
function fileURLToPath(value) {
  let url = value;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw invalidArgType('path', 'of type string or an instance of URL', value);
  if (url.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// Node percent-encodes these after the URL parser has had its say (lib/internal/url.js
// encodePathChars): `%` first, then the characters the parser would take as delimiters.
function encodePathChars(filepath) {
  return filepath.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D').replace(/\t/g, '%09');
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  let resolved = path.resolve(filepath);
  // path.resolve strips a trailing slash; a file URL keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = encodePathChars(resolved);
  // `?` and `#` would start a query or a fragment.
  if (resolved.includes('?') || resolved.includes('#')) {
    url.pathname = encodePathChars(resolved).replace(/\?/g, '%3F').replace(/#/g, '%23');
  }
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// ---------------------------------------------------------------- legacy Url

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return native.domainToASCII(`${domain}`);
}
function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  return native.domainToUnicode(`${domain}`);
}

// url.format of a WHATWG URL takes options (lib/internal/url.js urlFormat's sibling).
function format(urlObject, options) {
  if (isURL(urlObject)) {
    if (options != null && typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
    const copy = new URL(urlObject.href);
    if (!auth) { copy.username = ''; copy.password = ''; }
    if (!fragment) copy.hash = '';
    if (!search) copy.search = '';
    let href = copy.href;
    if (unicode && copy.hostname) {
      const unicodeHost = native.domainToUnicode(copy.hostname);
      href = href.replace(`//${copy.username ? `${copy.username}${copy.password ? `:${copy.password}` : ''}@` : ''}${copy.hostname}`,
        `//${copy.username ? `${copy.username}${copy.password ? `:${copy.password}` : ''}@` : ''}${unicodeHost}`);
    }
    return href;
  }
  return internals.url_legacy.format(urlObject);
}

for (const [name, value] of [['URL', URL], ['URLSearchParams', URLSearchParams]]) {
  Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
}

// Registered as `internal/url` (loaded at start-up for the globals); `node:url` adds the
// legacy API (builtin_modules.rs).
return {
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
