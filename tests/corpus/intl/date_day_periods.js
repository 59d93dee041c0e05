// Flexible day periods and eras.
for (const h of [0, 3, 6, 9, 11, 12, 13, 17, 18, 20, 21, 23]) {
  const d = new Date(Date.UTC(2024, 0, 1, h, 0));
  console.log(h, new Intl.DateTimeFormat('en-US', { hour: 'numeric', dayPeriod: 'long' }).format(d), '|', new Intl.DateTimeFormat('en-US', { dayPeriod: 'short' }).format(d));
}
const d = new Date(Date.UTC(2024, 2, 5));
console.log(new Intl.DateTimeFormat('en-US', { era: 'long', year: 'numeric' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { era: 'short', year: 'numeric', month: 'short', day: 'numeric' }).format(d));
console.log(new Intl.DateTimeFormat('en-US', { era: 'short', year: 'numeric' }).format(Date.UTC(-50, 0, 1)));
console.log(new Date(Date.UTC(-50, 0, 1)).toLocaleDateString(), new Date(8.64e15).toLocaleDateString(), new Date(-8.64e15).toLocaleString());
