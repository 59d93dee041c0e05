// toLocaleString is the same function as toString.
const buf = Buffer.from('hi');
console.log(buf.toLocaleString === buf.toString, buf.toLocaleString('hex'));
console.log(`${buf}`, buf + '!', String(buf));
