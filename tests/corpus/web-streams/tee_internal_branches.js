// tee's branches are Node's internal streams (own `constructor`, an internal prototype); a byte
// stream's branches pull through their algorithms directly, with no promise wrapper.
function measure(label, make) {
  return new Promise((done) => {
    let turns = 0;
    let stop = false;
    const count = () => { if (!stop) { turns++; queueMicrotask(count); } };
    queueMicrotask(count);
    make().then((v) => { stop = true; console.log(label, turns, v.done); done(); });
  });
}
const plain = () => new ReadableStream({ start(c) { c.enqueue(new Uint8Array(1)); c.close(); } });
const bytes = () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array(1)); c.close(); } });
(async () => {
  await measure('plain read', () => plain().getReader().read());
  await measure('tee branch read', () => plain().tee()[0].getReader().read());
  await measure('bytes tee read', () => bytes().tee()[1].getReader().read());
  const [a] = bytes().tee();
  await new Promise((r) => setTimeout(r, 0));
  const reader = a.getReader();
  await measure('bytes branch first', () => reader.read());
  await measure('bytes branch done', () => reader.read());
  for (const s of [plain().tee()[0], bytes().tee()[0], ReadableStream.from([1])]) {
    console.log(Object.keys(s), Object.getPrototypeOf(s) === ReadableStream.prototype, s instanceof ReadableStream, s.constructor === ReadableStream, s);
  }
})();
