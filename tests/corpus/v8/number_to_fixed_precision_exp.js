const vals = [0, -0, 1e21, 1e-21, 123456789.987654321, 0.000123, 5e-324, 1.7976931348623157e308, 1.005, 1.255, 9.995, 0.5, 1.5, 2.5];
for (const v of vals) {
  console.log(v, v.toFixed(2), v.toFixed(0), v.toPrecision(1), v.toPrecision(5), v.toPrecision(21), v.toExponential(), v.toExponential(0), v.toExponential(5));
}
console.log((1e21).toFixed(100).length, (0.1).toFixed(20), (1.23e-10).toFixed(20), (123).toFixed(100).slice(-5));
