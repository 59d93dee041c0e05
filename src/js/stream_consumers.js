//! `node:stream/consumers` as Node 20's `lib/stream/consumers.js`: read a whole stream (a
//! Node stream, a web ReadableStream or any async iterable) into a Blob, ArrayBuffer, Buffer,
//! string or parsed JSON, one `for await` over its chunks.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
const { Blob, Buffer } = internals.loadBuiltin('buffer');
// Node's primordial: a user's later change to the global does not reach here.
const TextDecoder = internals.bufferGlobal('TextDecoder');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new (internals.bufferGlobal('Blob'))(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new (internals.bufferGlobal('TextDecoder'))();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  // Flush the decoder: a multibyte character cut at the end becomes U+FFFD.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  const str = await text(stream);
  return JSON.parse(str);
}

return { arrayBuffer, blob, buffer, text, json };
