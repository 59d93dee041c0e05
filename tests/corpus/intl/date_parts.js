// formatToParts of dates.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9, 45));
const show = (o) => console.log(new Intl.DateTimeFormat('en-US', o).formatToParts(d).map((p) => `${p.type}:${JSON.stringify(p.value)}`).join(' '));
show({});
show({ dateStyle: 'medium', timeStyle: 'medium' });
show({ dateStyle: 'full', timeStyle: 'full' });
show({ weekday: 'short', hour: 'numeric', minute: '2-digit' });
show({ hour: 'numeric', minute: '2-digit', second: '2-digit', fractionalSecondDigits: 2, timeZoneName: 'short' });
const parts = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(d);
const get = (type) => parts.find((p) => p.type === type).value;
console.log(`${get('year')}-${get('month')}-${get('day')}`);
