// An async function's throw is a rejection; catching it later in the same turn is in time.
async function fail() { throw new Error('async fail'); }
const p = fail();
console.log('got a promise', p instanceof Promise);
p.catch((e) => console.log('caught', e.message));
