// The default locale strings of a Date (en-US, UTC).
const dates = [new Date(0), new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45)), new Date(Date.UTC(1999, 11, 31, 23, 59, 59)), new Date(Date.UTC(2000, 0, 1, 12, 0, 0))];
for (const d of dates) {
  console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString());
}
console.log(new Date(NaN).toLocaleString(), new Date(NaN).toLocaleDateString(), new Date('nope').toLocaleTimeString());
console.log(new Intl.DateTimeFormat().format(new Date(0)), new Intl.DateTimeFormat('en-US').format(86400000 * 365));
