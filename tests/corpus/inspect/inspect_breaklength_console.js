// console.log breaks at 80 columns, like util.inspect's default.
const o = { aaaa: 'x'.repeat(20), bbbb: 'y'.repeat(20), cccc: 'z'.repeat(15) };
console.log(o);
console.log(require('util').inspect(o));
console.log(require('util').inspect(o, { breakLength: 128 }));
