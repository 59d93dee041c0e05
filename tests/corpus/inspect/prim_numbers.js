// Numbers: integers, fractions, exponents (1e+21, 1e-7), NaN, Infinity.
console.log(1, 1.5, -2.25, 1e21, 1e-7, 123456789.123, NaN, Infinity, -Infinity, 0.1 + 0.2);
console.log([2 ** 53, 5e-324, 1.7976931348623157e308, 123e-20, 100, 1e20]);
