// console.log with buffers among other arguments, and console.dir.
const buf = Buffer.from([0xca, 0xfe]);
console.log('value:', buf, 42, 'end');
console.log('%s', buf);
console.dir(buf);
console.log([buf, 'x', { b: buf }]);
