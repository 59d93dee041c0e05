// processTicksAndRejections calls a tick's callback on the line of its switch for the
// arguments' count (none, 1 to 4, or spread for more).
function show(...args) {
  console.log(args.length, new Error('x').stack.split('\n')[2]);
}
process.nextTick(show);
process.nextTick(show, 1);
process.nextTick(show, 1, 2);
process.nextTick(show, 1, 2, 3);
process.nextTick(show, 1, 2, 3, 4);
process.nextTick(show, 1, 2, 3, 4, 5);
