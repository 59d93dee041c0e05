// writer.ready waits while the queue is at the high-water mark (CountQueuingStrategy).
let release;
const ws = new WritableStream({
  write(chunk) {
    console.log('sink', chunk);
    return new Promise((r) => { release = r; });
  },
}, new CountQueuingStrategy({ highWaterMark: 1 }));
const writer = ws.getWriter();
const show = (label) => console.log(label, writer.desiredSize);
show('initial');
writer.write('a');
show('after a');
writer.ready.then(() => show('ready'));
setTimeout(() => {
  show('before release');
  release();
  setTimeout(() => {
    writer.write('b');
    show('after b');
    release();
  }, 1);
}, 1);
