// Breaking out of for await cancels the stream (unless preventCancel).
function make(name) {
  return new ReadableStream({
    pull(c) { c.enqueue(name); },
    cancel(reason) { console.log(name, 'cancel', reason); },
  });
}
(async () => {
  const a = make('a');
  for await (const v of a) {
    console.log('got', v);
    break;
  }
  console.log('a locked', a.locked, a);
  const b = make('b');
  for await (const v of b.values({ preventCancel: true })) {
    console.log('got', v);
    break;
  }
  console.log('b locked', b.locked, b);
  const it = make('c')[Symbol.asyncIterator]();
  console.log(await it.next());
  console.log(await it.return('bye'));
  console.log(await it.next());
})();
