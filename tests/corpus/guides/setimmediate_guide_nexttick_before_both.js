// "Understanding setImmediate()": a nextTick callback runs before both setTimeout and setImmediate callbacks.
// (Those two race each other from the main module, so only the position of nextTick is printed.)
const seen = [];
function done(name) {
  seen.push(name);
  if (seen.length === 3) console.log('first:', seen[0], '| later:', seen.slice(1).sort().join(', '));
}
setTimeout(() => done('setTimeout'), 0);
setImmediate(() => done('setImmediate'));
process.nextTick(() => done('nextTick'));
console.log('sync');
