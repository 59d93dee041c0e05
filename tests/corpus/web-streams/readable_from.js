// ReadableStream.from over arrays, generators and async generators.
async function collect(stream) {
  const out = [];
  for await (const v of stream) out.push(v);
  return out;
}
(async () => {
  console.log(await collect(ReadableStream.from([1, 2, 3])));
  console.log(await collect(ReadableStream.from((function* () { yield 'a'; yield 'b'; })())));
  async function* gen() {
    yield 'x';
    await new Promise((r) => setTimeout(r, 1));
    yield 'y';
  }
  console.log(await collect(ReadableStream.from(gen())));
  try { ReadableStream.from(5); } catch (e) { console.log(e.name, e.code, e.message); }
  const rs = ReadableStream.from(['only']);
  console.log(rs);
})();
