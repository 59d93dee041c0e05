// process.nextTick docs: an API that is always asynchronous (nextTick on the fast path) gives a predictable bar-before-foo order.
function definitelyAsync(arg, cb) {
  if (arg) {
    process.nextTick(cb);
    return;
  }
  setImmediate(cb); // stands in for fs.stat('file', cb)
}

definitelyAsync(true, () => console.log('foo (fast path)'));
console.log('bar');
definitelyAsync(false, () => console.log('foo (slow path)'));
console.log('bar again');
