// encodeInto writes whole characters only and reports read/written.
const enc = new TextEncoder();
for (const [s, n] of [['abc', 2], ['€x', 2], ['€x', 3], ['😀', 3], ['😀', 4], ['a\ud83d', 4], ['', 1]]) {
  const dst = new Uint8Array(n);
  console.log(JSON.stringify(s), n, enc.encodeInto(s, dst), dst);
}
