console.log(Math.pow(10, -5), 10 ** -5, 2 ** -1074, Math.pow(2,-1074));
let b = 10, e = -5;
console.log(b ** e, Math.pow(b, e), 1.1 ** 10, Math.pow(1.1, 10), 10 ** 21, 10 ** 22, 10 ** 23, Math.pow(10, 23), 10**-7, Math.pow(10,-7));
console.log(Math.pow(2.5, 3.7), Math.pow(3, 0.5), 7 ** 0.3, Math.pow(-8, 1/3), Math.pow(10, 308), Math.pow(10, -308), 10 ** -323);
for (let i = -10; i <= 10; i++) console.log(i, Math.pow(10, i), 10 ** i, Math.pow(3, i), 3 ** i, Math.pow(1.5, i), 1.5 ** i);
console.log(0.1 ** 3, 0.1 ** -3, 5 ** -3, (0.3).toString(2), (1/3).toString(3), (0.1).toString(16), (123.456).toString(36), (1e21).toString(7), (-0.5).toString(2));
console.log((1e21).toFixed(2), (1.005).toFixed(2), (1e-10).toFixed(20), (123.456).toPrecision(2), (1e-7).toPrecision(3), (1.23e30).toExponential(), (5e-324).toExponential(3), (0).toExponential(), (1e21).toPrecision(25), (0.000001).toFixed(7));
