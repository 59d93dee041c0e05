const bases = [2, 3, 7, 10, 0.1, 1.1, 1.5, 2.5, 9.99, 123.456, 1e-3];
const exps = [-20, -7, -5, -3, -1, 0.5, 1.5, 3, 7, 13, 22, 0.1, -0.25];
for (const b of bases) console.log(b, exps.map((e) => Math.pow(b, e)).join(' '));
for (const b of bases) console.log(b, exps.map((e) => b ** e).join(' '));
let x = 10, y = -5;
console.log(x ** y, (-x) ** 3, (-8) ** (1 / 3), 2 ** 0.5 === Math.SQRT2, 4 ** 0.5, (-0) ** -1, 0 ** 0, NaN ** 0, 1 ** Infinity);
console.log(2 ** -1074, 2 ** -1075, 2 ** 1023 * 2, 2 ** 1024, 10 ** 308, 10 ** 309, 10 ** -324, 1.0000001 ** 1e10);
