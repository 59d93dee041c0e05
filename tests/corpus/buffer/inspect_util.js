// util.inspect and util.format (%o, %O, %s) on buffers.
const util = require('util');
const buf = Buffer.from('hey');
console.log(util.inspect(buf));
console.log(util.format('%s|%O', buf, buf));
console.log(util.inspect({ buf }, { compact: false }));
console.log(util.inspect(new Uint8Array([1, 2, 3])));
