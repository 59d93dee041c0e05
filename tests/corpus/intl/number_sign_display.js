// signDisplay against positive, negative, zero, negative zero and values rounding to zero.
const values = [5, -5, 0, -0, 0.0001, -0.0001, NaN];
for (const signDisplay of ['auto', 'always', 'never', 'exceptZero', 'negative']) {
  const nf = new Intl.NumberFormat('en-US', { signDisplay, maximumFractionDigits: 2 });
  console.log(signDisplay.padEnd(10), values.map((v) => nf.format(v)).join(' '));
}
const delta = (x) => x.toLocaleString('en-US', { signDisplay: 'exceptZero', style: 'percent' });
console.log(delta(0.12), delta(-0.034), delta(0));
