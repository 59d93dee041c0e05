// Timer ids are async ids from one counter shared with everything else that is asynchronous:
// the lazy creation of process.stdout/stderr and the console's first use take ids too.
const ids = [];
const take = () => ids.push(+setTimeout(() => {}, 1));
take();
console.log('first log');
take();
console.error('first error');
take();
process.nextTick(() => {});
setImmediate(() => {});
take();
console.log(ids.join(' '));
