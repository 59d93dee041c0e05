// Buffer.from(string) and buf.toString() (UTF-8) on about 1 MB of mixed text, four times.
const text = 'héllo wörld, € and 😀 in one line\n'.repeat(28000);
let total = 0;
for (let i = 0; i < 4; i++) {
  const buf = Buffer.from(text);
  total += buf.length + buf.toString().length;
}
console.log(total);
