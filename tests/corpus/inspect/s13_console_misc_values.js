console.log(-0, [-0], { z: -0 }, String(-0), `${-0}`, -0 + '');
console.log(0.1 + 0.2, 1e21, 1e-7, 123456789012345680000, 2 ** 53, -(2 ** 31), 0x7fffffff);
console.log([NaN, Infinity, -Infinity], { n: NaN }, new Number(-0), Object(1n));
console.log(10n ** 20n, -5n, [0n], typeof 1n);
console.log('%o', -0, '%O', [-0]);
