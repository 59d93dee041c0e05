const util = require('util');
const b = Buffer.from('hey');
console.log(b.inspect());
console.log(typeof b.inspect, b.inspect === b[util.inspect.custom]);
b.tag = 'x';
console.log(b.inspect(), util.inspect(b));
console.log(util.inspect(b, { showHidden: true }));
console.log(util.inspect(Buffer.from('ab'), { customInspect: false }));
console.log(b.toLocaleString(), b.toLocaleString('hex'), b.toLocaleString === b.toString);
class MyBuf extends Buffer {}
console.log(Object.setPrototypeOf(Buffer.from('q'), MyBuf.prototype));
console.log(util.inspect(Buffer.prototype).slice(0, 20));
