// pipeTo: chunks flow through, the destination closes, the promise resolves.
const source = new ReadableStream({
  start(c) {
    for (const x of [1, 2, 3]) c.enqueue(x);
    c.close();
  },
});
const dest = new WritableStream({
  write(chunk) { console.log('write', chunk); },
  close() { console.log('dest close'); },
});
process.nextTick(() => console.log('tick'));
source.pipeTo(dest).then(() => console.log('piped', source, dest));
console.log(source.locked, dest.locked);
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2'));
