// The option errors V8 throws.
const attempts = [
  { maximumFractionDigits: 101 },
  { minimumFractionDigits: 5, maximumFractionDigits: 2 },
  { style: 'currency' },
  { style: 'bogus' },
  { style: 'unit' },
  { style: 'unit', unit: 'furlong' },
  { style: 'currency', currency: 'US' },
  { minimumSignificantDigits: 0 },
  { maximumSignificantDigits: 22 },
  { notation: 'x' },
  { minimumIntegerDigits: 22 },
  { roundingIncrement: 3 },
  { roundingIncrement: 5, maximumFractionDigits: 2 },
];
for (const options of attempts) {
  try {
    console.log(new Intl.NumberFormat('en-US', options).format(1));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
