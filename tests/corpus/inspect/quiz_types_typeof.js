const values = [1, 'a', true, null, undefined, {}, [], () => {}, Symbol('s'), 10n, NaN, new Date(0), /re/];
for (const v of values) console.log(typeof v, v);
console.log(values.map((v) => Object.prototype.toString.call(v)));
