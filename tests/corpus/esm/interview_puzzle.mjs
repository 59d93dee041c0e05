// The async1/async2 interview puzzle plus nextTick, as an ES module: nextTick moves after the promises.
async function async1() { console.log('async1 start'); await async2(); console.log('async1 end'); }
async function async2() { console.log('async2'); }
console.log('script start');
process.nextTick(() => console.log('nextTick'));
async1();
new Promise((resolve) => { console.log('promise1'); resolve(); }).then(() => console.log('promise2'));
console.log('script end');
