// An unref'd immediate does not keep the loop alive: with nothing else pending it never runs.
const im = setImmediate(() => console.log('never runs'));
im.unref();
console.log('hasRef:', im.hasRef());
