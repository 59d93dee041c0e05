// controller.error(): pending and later reads reject; closed rejects.
let ctrl;
const rs = new ReadableStream({ start(c) { ctrl = c; } });
const reader = rs.getReader();
reader.read().then(null, (e) => console.log('read 1 rejected:', e.message));
reader.closed.catch((e) => console.log('closed rejected:', e.message));
setTimeout(() => {
  ctrl.error(new Error('boom'));
  console.log(rs, ctrl.desiredSize);
  reader.read().catch((e) => console.log('read 2 rejected:', e.message));
}, 1);
