// Timestamps in log lines, as tutorials format them.
const events = [
  { at: Date.UTC(2023, 10, 2, 8, 30), what: 'server started' },
  { at: Date.UTC(2023, 10, 2, 12, 0, 5), what: 'first request' },
  { at: Date.UTC(2023, 10, 3, 23, 59, 59), what: 'nightly backup' },
];
const stamp = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
for (const e of events) console.log(`[${stamp.format(e.at)}] ${e.what}`);
for (const e of events) console.log(new Date(e.at).toLocaleString('en-US', { weekday: 'short', hour: 'numeric', minute: '2-digit' }), '-', e.what);
const [first] = events;
console.log(new Date(first.at).toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
console.log(new Date(first.at).toLocaleDateString(undefined, { month: 'long', year: 'numeric' }));
console.log([new Date(first.at)].toLocaleString());
