const log = (s) => console.log(s);
const thenable = { then(resolve) { log('thenable.then'); queueMicrotask(() => resolve('late')); } };
(async () => { log('before'); const v = await thenable; log('after ' + v); })();
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3'));
process.nextTick(() => log('tick'));
