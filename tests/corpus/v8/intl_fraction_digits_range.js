// Node 20's Intl allows at most 20 fraction digits.
const attempts = [
  { minimumFractionDigits: 30 },
  { maximumFractionDigits: 21 },
  { minimumFractionDigits: 20 },
  { minimumFractionDigits: 5, maximumFractionDigits: 2 },
  { style: 'currency', currency: 'EUR', minimumFractionDigits: 25 },
];
for (const options of attempts) {
  try {
    console.log((1 / 3).toLocaleString('en-US', options));
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
