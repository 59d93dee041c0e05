// pipeThrough a TransformStream that upper-cases and splits words.
const words = new TransformStream({
  start() { console.log('transform start'); },
  transform(chunk, controller) {
    for (const w of chunk.split(' ')) controller.enqueue(w.toUpperCase());
  },
  flush(controller) {
    console.log('flush');
    controller.enqueue('END');
  },
});
const src = ReadableStream.from(['hello world', 'web streams']);
const out = src.pipeThrough(words);
console.log(out === words.readable, src.locked, words.writable.locked);
(async () => {
  for await (const w of out) console.log(w);
  console.log('done');
})();
process.nextTick(() => console.log('tick'));
