//! `CompressionStream` and `DecompressionStream` as Node 20's
//! lib/internal/webstreams/compression.js makes them: a zlib stream (`createGzip`,
//! `createDeflate`, `createDeflateRaw` or their inverses) turned into a readable/writable pair
//! by `newReadableWritablePairFromDuplex`, so every chunk goes through zlib's thread-pool
//! requests as the Node stream's do.
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const u = internals['webstreams/util'];
const { brandGetter, kHandle, kTransform } = internals['webstreams/transform'];
const { kType, kInspect } = u;

// zlib is loaded when a stream is first made, as Node's lazyZlib does.
const lazyZlib = () => internals.loadBuiltin('zlib');
const adapters = () => internals['webstreams/adapters'];

function makePair(self, type, format, makers) {
  self[kType] = type;
  const make = Object.prototype.hasOwnProperty.call(makers, format) ? makers[format] : undefined;
  if (typeof format !== 'string' || make === undefined) throw u.invalidArgValue('format', format);
  self[kHandle] = lazyZlib()[make]();
  self[kTransform] = adapters().newReadableWritablePairFromDuplex(self[kHandle]);
}

class CompressionStream {
  /** @param {'deflate'|'deflate-raw'|'gzip'} format */
  constructor(format) {
    makePair(this, 'CompressionStream', format, {
      'deflate': 'createDeflate',
      'deflate-raw': 'createDeflateRaw',
      'gzip': 'createGzip',
    });
  }

  [kInspect](depth, options) {
    return u.customInspect(depth, options, 'CompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

class DecompressionStream {
  /** @param {'deflate'|'deflate-raw'|'gzip'} format */
  constructor(format) {
    makePair(this, 'DecompressionStream', format, {
      'deflate': 'createInflate',
      'deflate-raw': 'createInflateRaw',
      'gzip': 'createGunzip',
    });
  }

  [kInspect](depth, options) {
    return u.customInspect(depth, options, 'DecompressionStream', {
      readable: this[kTransform].readable,
      writable: this[kTransform].writable,
    });
  }
}

for (const klass of [CompressionStream, DecompressionStream]) {
  brandGetter(klass, klass.name, 'readable', (s) => s[kTransform].readable);
  brandGetter(klass, klass.name, 'writable', (s) => s[kTransform].writable);
}

return { CompressionStream, DecompressionStream };
