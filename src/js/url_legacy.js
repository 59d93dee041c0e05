//! The legacy `Url` of `node:url` (lib/url.js): `parse` into Node's twelve fields,
//! `format` back, and `resolve`/`resolveObject` (RFC 1808 style, with its quirks for
//! protocols that carry no `//`). Registered as `internal/url_legacy` for url.js.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;
const querystring = internals.loadBuiltin('querystring');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const protocolPattern = /^[a-z0-9.+-]+:/i;
const portPattern = /:[0-9]*$/;
const hostPattern = /^\/\/[^@/]+@[^@/]+/;
// A path with at most a query and no whitespace: nothing to take apart.
const simplePathPattern = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const hostlessProtocol = new Set(['javascript', 'javascript:']);
const slashedProtocol = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const unsafeProtocol = new Set(['javascript', 'javascript:']);
// Characters that may not appear in a host: they end it.
const hostEnders = new Set(['#', '/', '?']);
const nonHostChars = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);
const forbiddenHostChars = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostCharsIpv6 = /[\0\t\n\r #%/<>?@\\^|]/;
// What `parse` percent-encodes in the part after the host (lib/url.js autoEscapeStr).
const autoEscaped = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const whitespace = new Set([9, 10, 11, 12, 13, 32, 160, 65279]);

function invalidUrl(input) {
  const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  return err;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

// Trim whitespace; a backslash before the query or fragment is a slash.
function normalizeInput(url) {
  let start = 0;
  let end = url.length;
  while (start < end && whitespace.has(url.charCodeAt(start))) start++;
  while (end > start && whitespace.has(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let inPath = true;
  for (let i = start; i < end; i++) {
    const c = url[i];
    if (c === '?' || c === '#') inPath = false;
    rest += inPath && c === '\\' ? '/' : c;
  }
  return rest;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "url" argument must be of type string.${describeReceived(url)}`);
  }
  let rest = normalizeInput(url);
  const hasHash = rest.includes('#');

  if (!slashesDenoteHost && !hasHash) {
    const simple = simplePathPattern.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1)) : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  let proto = protocolPattern.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  // `user@server` always names a host; `//foo/bar` does when told so (url.resolve does).
  let slashes;
  if (slashesDenoteHost || proto || hostPattern.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostlessProtocol.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!hostlessProtocol.has(lowerProto) && (slashes || (proto && !slashedProtocol.has(proto)))) {
    // The host runs to the first host-ending character; the auth is whatever precedes the
    // last `@` before it.
    let atSign = -1;
    let nonHost = -1;
    for (let i = 0; i < rest.length; i++) {
      const c = rest[i];
      if (hostEnders.has(c)) {
        if (nonHost === -1) nonHost = i;
        break;
      }
      if (nonHostChars.has(c)) {
        if (nonHost === -1) nonHost = i;
      } else if (c === '@') {
        atSign = i;
        nonHost = -1;
      }
    }
    let start = 0;
    if (atSign !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, atSign));
      start = atSign + 1;
    }
    if (nonHost === -1) {
      this.host = rest.slice(start);
      rest = '';
    } else {
      this.host = rest.slice(start, nonHost);
      rest = rest.slice(nonHost);
    }
    this.parseHost();
    if (typeof this.hostname !== 'string') this.hostname = '';
    const hostname = this.hostname;
    const ipv6Hostname = hostname.startsWith('[') && hostname.endsWith(']');
    if (!ipv6Hostname) rest = splitHostname(this, rest, hostname);
    this.hostname = this.hostname.length > 255 ? '' : this.hostname.toLowerCase();
    if (this.hostname !== '') {
      if (ipv6Hostname) {
        if (forbiddenHostCharsIpv6.test(this.hostname)) throw invalidUrl(url);
      } else {
        const ascii = native.domainToASCII(this.hostname);
        this.hostname = ascii === '' ? this.hostname : ascii;
        if (forbiddenHostChars.test(this.hostname)) throw invalidUrl(url);
      }
    }
    this.host = `${this.hostname || ''}${this.port ? `:${this.port}` : ''}`;
    if (ipv6Hostname) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!unsafeProtocol.has(lowerProto)) rest = rest.replace(/[\t\n\r "'<>\\^`{|}]/g, (c) => autoEscaped[c]);

  const hashIdx = rest.indexOf('#');
  const questionIdx = rest.indexOf('?');
  const useQuestion = questionIdx !== -1 && (hashIdx === -1 || questionIdx < hashIdx);
  if (useQuestion) {
    const queryEnd = hashIdx === -1 ? rest.length : hashIdx;
    this.search = rest.slice(questionIdx, queryEnd);
    this.query = rest.slice(questionIdx + 1, queryEnd);
    if (parseQueryString) this.query = querystring.parse(this.query);
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }
  if (hashIdx !== -1) this.hash = rest.slice(hashIdx);
  const firstIdx = useQuestion ? questionIdx : hashIdx;
  if (firstIdx === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (firstIdx > 0) {
    this.pathname = rest.slice(0, firstIdx);
  }
  if (slashedProtocol.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = `${this.pathname || ''}${this.search || ''}`;
  this.href = this.format();
  return this;
};

// A character that cannot be in a hostname ends it; the rest joins the path.
function splitHostname(self, rest, hostname) {
  for (let i = 0; i < hostname.length; i++) {
    const c = hostname[i];
    if (c === '/' || c === '\\' || c === '#' || c === '?' || c === ':') {
      self.hostname = hostname.slice(0, i);
      return `/${hostname.slice(i)}${rest}`;
    }
  }
  return rest;
}

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = portPattern.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/gi, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracketed = this.hostname.includes(':') && !(this.hostname.startsWith('[') && this.hostname.endsWith(']'));
    host = auth + (bracketed ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  // Only the protocols that always have `//` get it, unless the URL had it.
  if (this.slashes || slashedProtocol.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.startsWith('file')) {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

function urlFormat(urlObject) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The "urlObject" argument must be of type string or an instance of Object.${describeReceived(urlObject)}`);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

function copyFields(to, from, skip) {
  for (const key of Object.keys(from)) if (key !== skip) to[key] = from[key];
}
function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname || '') + (result.search || '');
  }
}
// `mailto:a@b` keeps its auth in the host; take it apart again.
function splitAuthFromHost(result) {
  const at = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : null;
  if (at) {
    result.auth = at.shift();
    result.host = result.hostname = at.shift();
  }
}

// Removes `.` and `..` segments; returns how far above the root the path tried to go.
function removeDots(segments) {
  let up = 0;
  for (let i = segments.length; i >= 0; i--) {
    const segment = segments[i];
    if (segment === '.') {
      segments.splice(i, 1);
    } else if (segment === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up) {
      segments.splice(i, 1);
      up--;
    }
  }
  return up;
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  copyFields(result, this);
  // The fragment always comes from the relative URL, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }

  // `//host/path` keeps only the protocol.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (slashedProtocol.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another protocol: for one without `//` the relative URL is absolute as it is.
    if (!slashedProtocol.has(relative.protocol)) {
      copyFields(result, relative);
      result.href = result.format();
      return result;
    }
    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) && !hostlessProtocol.has(relative.protocol)) {
      // `http:foo/bar` takes its first path segment as the host.
      const relPath = (relative.pathname || '').split('/');
      while (relPath.length && !(relative.host = relPath.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (relPath[0] !== '') relPath.unshift('');
      if (relPath.length < 2) relPath.unshift('');
      result.pathname = relPath.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = `${result.pathname || ''}${result.search || ''}`;
    result.slashes = result.slashes || relative.slashes;
    result.href = result.format();
    return result;
  }

  const isSourceAbs = !!result.pathname && result.pathname[0] === '/';
  const isRelAbs = !!relative.host || (!!relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || !!(result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  // A protocol without `//` (mailto:, news:) has its "host" as the first path segment, so
  // `..` can climb into it.
  const noSlashes = result.protocol && !slashedProtocol.has(result.protocol);
  if (noSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }

  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    // Replace the last segment of the source with the relative path.
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query (`?foo`).
    if (noSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }

  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    result.href = result.format();
    return result;
  }

  // A path ending in `.` or `..` (or `/`) ends in a slash; anything else does not.
  const last = srcPath[srcPath.length - 1];
  const hasTrailingSlash = ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) || last === '';
  let up = removeDots(srcPath);
  if (!mustEndAbs && !removeAllDots) {
    while (up-- > 0) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/')) srcPath.unshift('');
  if (hasTrailingSlash && !srcPath.join('/').endsWith('/')) srcPath.push('');
  const isAbsolute = srcPath[0] === '' || (!!srcPath[0] && srcPath[0][0] === '/');
  if (noSlashes) {
    result.hostname = result.host = isAbsolute ? '' : srcPath.length ? srcPath.shift() : '';
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
};

return {
  Url,
  parse: urlParse,
  format: urlFormat,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
};
