// Scientific and engineering notation.
const sci = new Intl.NumberFormat('en-US', { notation: 'scientific' });
const eng = new Intl.NumberFormat('en-US', { notation: 'engineering' });
for (const n of [0, 1, 12, 123456, 0.000123, -98765.4321, 6.02214076e23, 9.9999]) console.log(n, sci.format(n), eng.format(n));
console.log(new Intl.NumberFormat('en-US', { notation: 'scientific', maximumFractionDigits: 1 }).format(123456));
console.log(JSON.stringify(sci.formatToParts(-0.00012)));
