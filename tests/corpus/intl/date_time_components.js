// Hours, minutes, seconds, hour cycles and fractional seconds.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const midnight = new Date(Date.UTC(2024, 0, 1, 0, 5));
const options = [
  { hour: 'numeric' }, { hour: '2-digit' }, { hour: 'numeric', minute: 'numeric' }, { hour: '2-digit', minute: '2-digit' },
  { hour: 'numeric', minute: '2-digit', second: '2-digit' }, { hour: 'numeric', hour12: false },
  { hour: 'numeric', minute: 'numeric', hour12: false }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h23' },
  { hour: 'numeric', minute: 'numeric', hourCycle: 'h11' }, { hour: 'numeric', minute: 'numeric', hourCycle: 'h24' },
  { minute: '2-digit' }, { second: 'numeric' }, { minute: 'numeric', second: 'numeric' },
  { hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
  { second: 'numeric', fractionalSecondDigits: 1 }, { minute: 'numeric', fractionalSecondDigits: 2 },
];
for (const o of options) {
  console.log(JSON.stringify(o), '->', new Intl.DateTimeFormat('en-US', o).format(d), '|', new Intl.DateTimeFormat('en-US', o).format(midnight));
}
console.log(d.toLocaleTimeString('en-US', { hour: '2-digit', minute: '2-digit' }), d.toLocaleTimeString([], { hour12: false }));
