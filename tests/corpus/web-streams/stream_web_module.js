// node:stream/web exports the same classes as the globals.
const web = require('stream/web');
console.log(Object.keys(web).filter((k) => !/ompression/.test(k)));
console.log(web.ReadableStream === ReadableStream, web.WritableStream === WritableStream,
  web.TransformStream === TransformStream, web.TextEncoderStream === TextEncoderStream);
console.log(typeof ReadableStreamBYOBReader, typeof ReadableByteStreamController, typeof WritableStreamDefaultController);
console.log(Object.getOwnPropertyDescriptor(globalThis, 'ReadableStream').enumerable);
