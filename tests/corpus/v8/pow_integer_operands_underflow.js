// `**` of two integers whose result is subnormal or underflows: V8 computes the exact power.
let base = 2;
let exponent = -1074;
console.log(2 ** -1074, base ** exponent, 10 ** -320, 2 ** -1075, Math.pow(2, -1074));
