// Percent style multiplies by 100 and rounds to whole percents by default.
const pct = (x, o) => new Intl.NumberFormat('en-US', { style: 'percent', ...o }).format(x);
console.log(pct(0.256), pct(0.256, { minimumFractionDigits: 1 }), pct(1), pct(-0.05), pct(0.005), pct(12.3456, { maximumFractionDigits: 2 }));
console.log(pct(0.5, { signDisplay: 'always' }), pct(0, { signDisplay: 'exceptZero' }));
const scores = [0.91, 0.475, 0.333333];
console.log(scores.map((s) => s.toLocaleString('en-US', { style: 'percent', maximumFractionDigits: 1 })).join(' / '));
