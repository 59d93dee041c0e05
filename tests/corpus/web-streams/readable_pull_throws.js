// A pull that throws (or rejects) errors the stream.
const rs = new ReadableStream({
  pull() { throw new TypeError('pull failed'); },
});
rs.getReader().read().then(
  (r) => console.log('read', r),
  (e) => console.log('rejected', e.name, e.message));
const rs2 = new ReadableStream({
  async pull(c) {
    c.enqueue('first');
    await Promise.resolve();
    throw new Error('async pull failed');
  },
});
const r2 = rs2.getReader();
r2.read().then((r) => console.log('r2 read', r));
r2.read().then((r) => console.log('r2 read', r), (e) => console.log('r2 rejected', e.message));
