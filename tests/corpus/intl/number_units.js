// Unit style: short, long and narrow forms, singular and plural.
const units = ['kilometer-per-hour', 'byte', 'kilobyte', 'megabyte', 'gigabyte', 'percent', 'second', 'minute', 'hour', 'day', 'liter', 'meter', 'kilogram', 'celsius', 'fahrenheit', 'mile', 'foot', 'inch', 'year'];
for (const unit of units) {
  const forms = ['short', 'long', 'narrow'].map((unitDisplay) => {
    const nf = new Intl.NumberFormat('en-US', { style: 'unit', unit, unitDisplay });
    return `${nf.format(1)} / ${nf.format(2.5)}`;
  });
  console.log(unit.padEnd(20), forms.join(' | '));
}
console.log((50).toLocaleString('en-US', { style: 'unit', unit: 'mile-per-hour' }));
console.log(JSON.stringify(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'kilometer-per-hour', unitDisplay: 'long' }).formatToParts(50)));
