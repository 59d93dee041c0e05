// Compact notation: K/M/B/T and the long words, with the magnitude re-chosen after rounding.
const short = new Intl.NumberFormat('en-US', { notation: 'compact' });
const long = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' });
for (const n of [0, 5, 999, 999.9, 1000, 1234, 1500, 12345, 123456, 999999, 1e6, 1.5e9, 2.5e12, 1e15, 1e18, -1234, 0.00123]) {
  console.log(n, short.format(n), '|', long.format(n));
}
console.log(new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 }).format(1234.5));
console.log(new Intl.NumberFormat('en-US', { notation: 'compact', style: 'currency', currency: 'USD' }).format(4.2e6));
console.log((1234567).toLocaleString('en-US', { notation: 'compact', maximumSignificantDigits: 3 }));
