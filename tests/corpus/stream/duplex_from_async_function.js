// Duplex.from(async function): a writable-only Duplex that finishes when the function settles.
const { Duplex } = require('stream');
const seen = [];
const d = Duplex.from(async function (source) {
  for await (const chunk of source) seen.push(String(chunk));
  console.log('consumed', seen);
});
console.log(d.readable, d.writable);
d.on('finish', () => console.log('finish'));
d.on('close', () => console.log('close'));
d.write('x');
d.end('y');
try {
  Duplex.from(function () { return 5; });
} catch (e) {
  console.log(e.code, e.message);
}
