// formatToParts: the types of each piece.
const show = (nf, x) => console.log(nf.formatToParts(x).map((p) => `${p.type}:${p.value}`).join(' '));
show(new Intl.NumberFormat('en-US'), -1234567.891);
show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }), -1234.5);
show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CHF' }), 1234.5);
show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR', currencyDisplay: 'name' }), 3);
show(new Intl.NumberFormat('en-US', { notation: 'compact' }), 1234);
show(new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' }), 5e6);
show(new Intl.NumberFormat('en-US', { style: 'percent', signDisplay: 'always' }), 0.5);
show(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', currencySign: 'accounting' }), -3);
show(new Intl.NumberFormat('en-US'), NaN);
show(new Intl.NumberFormat('en-US'), -Infinity);
const parts = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).formatToParts(9.5);
console.log(parts.filter((p) => p.type !== 'currency').map((p) => p.value).join(''));
