// An async generator yields values across awaits; for await consumes them in order.
async function* gen() {
  yield 'a';
  await new Promise((r) => setTimeout(r, 1));
  yield 'b';
  yield 'c';
}
(async () => {
  for await (const v of gen()) console.log('got', v);
  console.log('done');
})();
console.log('sync end');
