// A BYOB reader filling the caller's buffer; respond() and the byobRequest view.
const rs = new ReadableStream({
  type: 'bytes',
  pull(controller) {
    const req = controller.byobRequest;
    console.log('pull view length', req.view.length, req.view.constructor.name);
    req.view[0] = 7;
    req.view[1] = 8;
    req.respond(2);
  },
});
const reader = rs.getReader({ mode: 'byob' });
console.log(reader);
(async () => {
  const first = await reader.read(new Uint8Array(4));
  console.log(first);
  const second = await reader.read(new Uint16Array(2));
  console.log(second.value.constructor.name, second.value.length, second.done);
  try {
    await reader.read(new Uint8Array(0));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  reader.releaseLock();
  console.log(rs.locked);
  const plain = new ReadableStream();
  try { plain.getReader({ mode: 'byob' }); } catch (e) { console.log(e.name, e.code); }
})();
