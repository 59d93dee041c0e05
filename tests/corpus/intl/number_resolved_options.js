// resolvedOptions for each style, and options Node echoes back.
console.log(new Intl.NumberFormat().resolvedOptions());
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'eur' }).resolvedOptions());
console.log(new Intl.NumberFormat('en', { maximumSignificantDigits: 3 }).resolvedOptions());
console.log(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'byte', unitDisplay: 'long' }).resolvedOptions());
console.log(new Intl.NumberFormat('en-US', { notation: 'compact' }).resolvedOptions());
console.log(new Intl.NumberFormat('en-US', { style: 'percent' }).resolvedOptions().maximumFractionDigits);
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).resolvedOptions().minimumFractionDigits);
