// Dates and times together: the glue between them.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const options = [
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { month: 'short', day: 'numeric', hour: 'numeric' },
  { month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 },
  { weekday: 'short', hour: 'numeric', minute: 'numeric' },
];
for (const o of options) console.log(new Intl.DateTimeFormat('en-US', o).format(d));
console.log(d.toLocaleDateString('en-US', { hour: 'numeric' }), '|', d.toLocaleTimeString('en-US', { month: 'short' }), '|', d.toLocaleString('en-US', { month: 'short' }));
