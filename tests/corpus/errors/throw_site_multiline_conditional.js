// throw with a conditional expression spanning lines.
const ok = false;
const err = new RangeError('out of range');
function run() {
  throw ok
    ? new Error('never')
    : err;
}
run();
