// cancel(): the source's cancel runs, reads settle as done, the reader's closed resolves.
const rs = new ReadableStream({
  start(c) { c.enqueue(1); },
  cancel(reason) {
    console.log('cancel called with', reason);
    return new Promise((resolve) => setTimeout(() => { console.log('cancel finished'); resolve('ignored'); }, 5));
  },
});
const reader = rs.getReader();
reader.read().then((r) => console.log('read', r));
reader.cancel('enough').then((v) => console.log('cancel resolved', v));
reader.read().then((r) => console.log('read after cancel', r));
reader.closed.then(() => console.log('closed'));
console.log(rs);
