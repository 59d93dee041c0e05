// formatRange in its simplest cases, and the bound format getter.
const a = new Date(Date.UTC(2024, 2, 5, 14, 7));
const dtf = new Intl.DateTimeFormat('en-US');
console.log(dtf.formatRange(a, a));
console.log(dtf.formatRange(a, new Date(Date.UTC(2024, 5, 1))));
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).formatRange(new Date(0), a));
console.log([0, 86400000, Date.UTC(2020, 1, 29)].map(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format));
console.log(new Intl.DateTimeFormat(), Object.prototype.toString.call(new Intl.DateTimeFormat()), Intl.DateTimeFormat.length);
