// dateStyle and timeStyle, alone and together.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
for (const style of ['full', 'long', 'medium', 'short']) {
  console.log(style.padEnd(6), '|', d.toLocaleDateString('en-US', { dateStyle: style }), '|', d.toLocaleTimeString('en-US', { timeStyle: style }), '|', d.toLocaleString('en-US', { dateStyle: style, timeStyle: style }));
}
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeStyle: 'short', hour12: false }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { timeStyle: 'medium', hourCycle: 'h23' }).format(d));
