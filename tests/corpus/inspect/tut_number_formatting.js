console.log(0.1 + 0.2, (0.1 + 0.2).toFixed(2), 1 / 3);
console.log(1e21, 1e-7, 123e-20, 2 ** 31, -(2 ** 31), 2 ** 64);
console.log((1234.5678).toFixed(1), (0.000001234).toPrecision(2), (255).toString(16), (255).toString(2));
console.log(Number('12px'), parseInt('12px'), parseFloat('3.14abc'), Number(''), Number(' 42 '));
console.log(Number.MAX_VALUE, Number.MIN_SAFE_INTEGER, -Number.MIN_VALUE);
console.log([0.1, 0.25, 1 / 7, 100 / 3, 1e100]);
console.log(5 / 0, -5 / 0, 0 / 0, Math.round(-0.5), Math.sign(-0));
console.log(123456789n * 987654321n, BigInt(Number.MAX_SAFE_INTEGER) + 2n, typeof 1n);
