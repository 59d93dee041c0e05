// A chain of 10,000 .then links runs to the end, one microtask each, without stack growth.
let p = Promise.resolve(0);
for (let i = 0; i < 10000; i++) p = p.then((v) => v + 1);
p.then((v) => console.log('final', v));
setTimeout(() => console.log('timer after chain'), 0);
