// Fraction digits: minimums pad, maximums round half away from zero on the decimal value.
const fmt = (x, min, max) => x.toLocaleString('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
console.log(fmt(1.005, 2, 2), fmt(1.004, 2, 2), fmt(2.5, 0, 0), fmt(-2.5, 0, 0), fmt(0.125, 0, 2));
console.log(fmt(3, 2, 2), fmt(3.14159, 0, 4), fmt(1234.5, 2, 2), fmt(99.995, 2, 2), fmt(-0.004, 2, 2));
console.log((1234.5678).toLocaleString(undefined, { maximumFractionDigits: 2 }));
console.log((5).toLocaleString(undefined, { minimumFractionDigits: 2 }));
console.log((0.1).toLocaleString(undefined, { maximumFractionDigits: 20 }));
console.log((12).toLocaleString('en-US', { minimumIntegerDigits: 4 }), (7.5).toLocaleString('en-US', { minimumIntegerDigits: 2, minimumFractionDigits: 2 }));
