console.log(-0, [-0], { z: -0 }, 0 * -1);
console.log(String(-0), `${-0}`, -0 + '');
console.log([0, -0, +0].map((x) => Object.is(x, -0)));
console.log(1e21, 1e-7, 123456789012345680000, 0.1 + 0.2, -1e-7);
console.log([Infinity, -Infinity, NaN, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, Number.EPSILON]);
console.log(2 ** 53, 2n ** 64n, -5n, 0n);
console.log([1.0, 1.50, 0xff, 0o17, 0b101, 1_000_000]);
