// Strings through TextEncoderStream, CompressionStream, DecompressionStream, TextDecoderStream.
const { ReadableStream } = require('stream/web');
const lines = ['first line\n', 'second line\n', 'third line\n'];
const source = new ReadableStream({
  pull(controller) {
    if (lines.length) controller.enqueue(lines.shift());
    else controller.close();
  },
});
(async () => {
  const out = source
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new CompressionStream('gzip'))
    .pipeThrough(new DecompressionStream('gzip'))
    .pipeThrough(new TextDecoderStream());
  let text = '';
  for await (const piece of out) text += piece;
  console.log(JSON.stringify(text));
})();
