// Significant digits and rounding priority.
const nf = (o) => new Intl.NumberFormat('en-US', o);
console.log(nf({ maximumSignificantDigits: 3 }).format(1234.5678));
console.log(nf({ maximumSignificantDigits: 2 }).format(0.000123456));
console.log(nf({ minimumSignificantDigits: 3 }).format(5));
console.log(nf({ minimumSignificantDigits: 3, maximumSignificantDigits: 3 }).format(9.999));
console.log(nf({ maximumSignificantDigits: 1 }).format(95));
console.log(nf({ maximumFractionDigits: 2, maximumSignificantDigits: 2, roundingPriority: 'morePrecision' }).format(1.23456));
console.log(nf({ maximumFractionDigits: 2, maximumSignificantDigits: 2, roundingPriority: 'lessPrecision' }).format(1.23456));
console.log(nf({ maximumFractionDigits: 2, maximumSignificantDigits: 2, roundingPriority: 'lessPrecision' }).format(123.456));
console.log(nf({ minimumSignificantDigits: 3 }).format(0));
