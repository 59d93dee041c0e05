// A promise settles once: later resolve and reject calls are ignored.
const promise = new Promise((resolve, reject) => {
  setTimeout(() => { resolve('one'); reject(new Error('ignored')); resolve('two'); }, 0);
});
promise.then(v => console.log(v), e => console.log('err', e));
