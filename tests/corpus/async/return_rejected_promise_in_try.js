// return of a rejected promise inside try is not caught; return await is.
async function test() {
  try { return Promise.reject(new Error('not caught')); } catch (e) { console.log('never'); }
}
async function test2() {
  try { return await Promise.reject(new Error('caught')); } catch (e) { console.log('caught', e.message); }
}
test().catch(e => console.log('outer', e.message));
test2();
