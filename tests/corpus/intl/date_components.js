// Component options and the patterns en-US gives them.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const options = [
  { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  { year: 'numeric', month: 'long' },
  { year: 'numeric', month: 'short' },
  { month: 'long', day: 'numeric' },
  { month: 'short', day: 'numeric' },
  { month: 'long' }, { month: 'short' }, { month: 'narrow' }, { month: '2-digit' }, { month: 'numeric' },
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { year: '2-digit', month: '2-digit', day: '2-digit' },
  { month: 'numeric', day: 'numeric' },
  { month: 'numeric', year: 'numeric' },
  { weekday: 'long' }, { weekday: 'short' }, { weekday: 'narrow' },
  { weekday: 'short', month: 'numeric', day: 'numeric' },
  { year: 'numeric' }, { year: '2-digit' }, { day: 'numeric' }, { day: '2-digit' },
];
for (const o of options) console.log(JSON.stringify(o), '->', d.toLocaleDateString('en-US', o));
