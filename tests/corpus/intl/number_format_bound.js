// `format` is a getter returning a bound function, usable with map.
const nf = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
console.log([1234.56, 0.04, 1e6].map(nf.format));
console.log(nf.format === nf.format, typeof nf.format, nf.format.length);
const { format } = new Intl.NumberFormat('en-US', { style: 'percent' });
console.log(format(0.42));
console.log(Intl.NumberFormat('en-US').format(1e4), Intl.NumberFormat.name, Intl.NumberFormat.length);
console.log(new Intl.NumberFormat(), Object.prototype.toString.call(new Intl.NumberFormat()));
console.log(Intl.NumberFormat.supportedLocalesOf(['en-US', 'en']));
