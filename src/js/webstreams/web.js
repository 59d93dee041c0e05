//! `node:stream/web` as Node 20's `lib/stream/web.js` assembles it, and the web streams'
//! globals (`ReadableStream`, `TextEncoderStream`, ... as `exposed-wildcard.js` exposes them).
// Evaluated once per run as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const r = internals['webstreams/readable'];
const w = internals['webstreams/writable'];
const t = internals['webstreams/transform'];
const u = internals['webstreams/util'];
const c = internals['webstreams/compression'];

const exports = {
  ReadableStream: r.ReadableStream,
  ReadableStreamDefaultReader: r.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: r.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: r.ReadableStreamBYOBRequest,
  ReadableByteStreamController: r.ReadableByteStreamController,
  ReadableStreamDefaultController: r.ReadableStreamDefaultController,
  TransformStream: t.TransformStream,
  TransformStreamDefaultController: t.TransformStreamDefaultController,
  WritableStream: w.WritableStream,
  WritableStreamDefaultWriter: w.WritableStreamDefaultWriter,
  WritableStreamDefaultController: w.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: u.ByteLengthQueuingStrategy,
  CountQueuingStrategy: u.CountQueuingStrategy,
  TextEncoderStream: t.TextEncoderStream,
  TextDecoderStream: t.TextDecoderStream,
  CompressionStream: c.CompressionStream,
  DecompressionStream: c.DecompressionStream,
};
// The globals are the prelude's lazy accessors over these (exposeLazyGlobals).
return exports;
