// A throw inside an async function rejects its promise instead of throwing to the caller.
async function fail() {
  throw new Error('async failure');
}
const p = fail();
console.log('no exception at call site');
p.catch((e) => console.log('caught', e.message));
