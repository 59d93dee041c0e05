// BigInts and numeric strings are formatted exactly.
console.log(123456789n.toLocaleString(), (-98765432109876543210n).toLocaleString('en-US'));
const nf = new Intl.NumberFormat('en-US');
console.log(nf.format(12345678901234567890n), nf.format('1234.5678'), nf.format('12345678901234567890.12'), nf.format('abc'), nf.format(), nf.format(''), nf.format(true));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(10n ** 15n));
console.log(nf.format('1e3'), nf.format(' 42 '), nf.format('0x10'), nf.format('-0'));
