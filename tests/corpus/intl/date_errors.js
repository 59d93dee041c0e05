// DateTimeFormat's errors.
const d = new Date(Date.UTC(2024, 2, 5));
const attempts = [
  () => new Intl.DateTimeFormat('en-US', { dateStyle: 'short', hour: 'numeric' }),
  () => new Intl.DateTimeFormat('en-US', { timeStyle: 'short', weekday: 'long' }),
  () => new Intl.DateTimeFormat('en-US', { month: 'bogus' }),
  () => new Intl.DateTimeFormat('en-US', { fractionalSecondDigits: 4 }),
  () => new Intl.DateTimeFormat('en-US', { dateStyle: 'huge' }),
  () => d.toLocaleTimeString('en-US', { dateStyle: 'medium' }),
  () => d.toLocaleDateString('en-US', { timeStyle: 'medium' }),
  () => new Intl.DateTimeFormat().format(NaN),
  () => new Intl.DateTimeFormat().format(new Date('x')),
  () => Date.prototype.toLocaleString.call({}),
];
for (const attempt of attempts) {
  try {
    console.log(attempt());
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
