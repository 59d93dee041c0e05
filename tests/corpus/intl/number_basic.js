// toLocaleString on numbers: grouping, default three fraction digits, special values.
const values = [0, -0, 1, 12, 123, 1234, 12345.678, 1234567.891, -9876543.21, 0.1 + 0.2, 1e21, 1.005, NaN, Infinity, -Infinity];
for (const v of values) console.log(String(v).padEnd(22), v.toLocaleString());
console.log((1234.5).toLocaleString('en-US'), (1234.5).toLocaleString('en'), (1234.5).toLocaleString(undefined));
