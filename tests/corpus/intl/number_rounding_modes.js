// roundingMode and roundingIncrement.
const modes = ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'];
for (const roundingMode of modes) {
  const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, roundingMode });
  console.log(roundingMode.padEnd(10), [1.25, 1.35, -1.25, -1.35, 1.21, -1.29].map((x) => nf.format(x)).join(' '));
}
const nickel = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2, roundingIncrement: 5 });
console.log([1.23, 1.22, 4.975, 0.01].map((x) => nickel.format(x)).join(' '));
console.log(new Intl.NumberFormat('en-US', { maximumFractionDigits: 0, roundingIncrement: 25 }).format(1234));
