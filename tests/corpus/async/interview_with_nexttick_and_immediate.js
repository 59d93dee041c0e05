// The interview puzzle extended with nextTick and setImmediate (CommonJS): nextTick comes right after the sync code.
async function async1() {
  console.log('async1 start');
  await async2();
  console.log('async1 end');
}
async function async2() {
  console.log('async2');
}
console.log('script start');
setTimeout(() => {
  console.log('setTimeout');
  setImmediate(() => console.log('setImmediate (from timer)'));
}, 0);
process.nextTick(() => console.log('nextTick'));
async1();
new Promise((resolve) => { console.log('promise1'); resolve(); }).then(() => console.log('promise2'));
console.log('script end');
