// An errored stream rejects the for await loop; the lock is released.
const rs = new ReadableStream({
  start(c) {
    c.enqueue(1);
    setTimeout(() => c.error(new Error('late failure')), 1);
  },
});
(async () => {
  try {
    for await (const v of rs) console.log('value', v);
  } catch (e) {
    console.log('caught', e.message, rs.locked, rs);
  }
})();
