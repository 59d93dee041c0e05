// Time zone names and the UTC time zone.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
for (const timeZoneName of ['short', 'long', 'shortOffset', 'longOffset']) {
  console.log(timeZoneName.padEnd(12), new Intl.DateTimeFormat('en-US', { timeZoneName }).format(d), '|', new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', timeZoneName }).format(d));
}
console.log(d.toLocaleString('en-US', { timeZone: 'UTC' }), d.toLocaleString('en-US', { timeZone: 'UTC', timeZoneName: 'short' }));
for (const timeZone of ['utc', 'Etc/UTC', 'GMT', 'Etc/GMT']) console.log(new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone);
console.log(Intl.DateTimeFormat().resolvedOptions().timeZone);
try { new Intl.DateTimeFormat('en-US', { timeZone: 'Nope' }); } catch (e) { console.log(e.name, e.message); }
