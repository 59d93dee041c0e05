// A chain of two pipeThrough transforms into a pipeTo, against a timer and ticks.
const double = () => new TransformStream({ transform(n, c) { c.enqueue(n * 2); } });
const seen = [];
const src = new ReadableStream({
  start(c) {
    [1, 2, 3].forEach((n) => c.enqueue(n));
    c.close();
  },
});
src.pipeThrough(double()).pipeThrough(double()).pipeTo(new WritableStream({
  write(n) {
    seen.push(n);
    process.nextTick(() => console.log('tick after', n));
  },
  close() { console.log('sink closed', seen); },
})).then(() => console.log('pipe done'));
setTimeout(() => console.log('timer'), 0);
