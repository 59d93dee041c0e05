// A "time ago" helper as blog posts write it, on fixed timestamps.
const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const DIVISIONS = [
  { amount: 60, name: 'seconds' }, { amount: 60, name: 'minutes' }, { amount: 24, name: 'hours' },
  { amount: 7, name: 'days' }, { amount: 4.34524, name: 'weeks' }, { amount: 12, name: 'months' },
  { amount: Number.POSITIVE_INFINITY, name: 'years' },
];
function timeAgo(date, now) {
  let duration = (date - now) / 1000;
  for (const division of DIVISIONS) {
    if (Math.abs(duration) < division.amount) return rtf.format(Math.round(duration), division.name);
    duration /= division.amount;
  }
}
const now = Date.UTC(2024, 5, 15, 12, 0, 0);
for (const offset of [-5e3, -90e3, -3600e3, -86400e3, -3 * 86400e3, -30 * 86400e3, -400 * 86400e3, 86400e3, 2 * 3600e3]) {
  console.log(timeAgo(now + offset, now));
}
