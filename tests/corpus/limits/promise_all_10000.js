// Promise.all over 10,000 promises keeps input order.
const ps = [];
for (let i = 0; i < 10000; i++) ps.push(Promise.resolve(i));
Promise.all(ps).then((vals) => console.log(vals.length, vals[0], vals[9999], vals.every((v, i) => v === i)));
