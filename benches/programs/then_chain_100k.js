// 100,000 chained .then callbacks.
let p = Promise.resolve(0);
for (let i = 0; i < 100000; i++) p = p.then((v) => v + 1);
p.then((v) => console.log(v));
