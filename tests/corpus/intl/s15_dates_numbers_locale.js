const d = new Date(Date.UTC(2023, 11, 31, 23, 59, 59, 999));
console.log(d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(d.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }), d.toLocaleDateString('de-DE'), d.toLocaleDateString('en-GB'), d.toLocaleDateString('ja-JP'));
console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(d));
console.log((1234.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), (0.5).toLocaleString('en-US', { style: 'percent' }), (1e6).toLocaleString('de-DE'), (12345.678).toLocaleString('fr-FR'), (1234567.891).toLocaleString('en-IN'));
console.log((42).toLocaleString('en-US', { minimumFractionDigits: 2 }), (3.14159).toLocaleString('en-US', { maximumSignificantDigits: 3 }), (-0).toLocaleString(), NaN.toLocaleString(), Infinity.toLocaleString());
console.log(123456789n.toLocaleString('en-US'), [1234, 5678.9].toLocaleString('en-US'), new Date(NaN).toLocaleString());
console.log(new Intl.NumberFormat('en-US', { style: 'unit', unit: 'megabyte', notation: 'compact' }).format(1536), new Intl.NumberFormat('en', { notation: 'scientific' }).format(123456), new Intl.NumberFormat('en', { notation: 'engineering' }).format(123456));
console.log(new Intl.RelativeTimeFormat('en', { style: 'short' }).format(-3, 'month'), new Intl.PluralRules('en').resolvedOptions());
