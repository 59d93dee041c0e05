// Resolving with a rejected promise rejects after the adoption ticks.
const promise = new Promise((res) => res(Promise.reject(new Error('inner reject'))));
promise.catch(e => console.log('caught', e.message));
