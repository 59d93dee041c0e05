// Promises show pending, fulfilled and rejected states.
const rejected = Promise.reject(new Error('x'));
rejected.catch(() => {});
const r2 = Promise.reject(3);
r2.catch(() => {});
console.log(new Promise(() => {}), Promise.resolve(42), r2);
