// Hour cycles in other locales: hour12 and hourCycle pick the 12-hour, h23 or h24 (k) patterns, and resolvedOptions reports the pattern's hour width.
const d = new Date(Date.UTC(2024, 1, 29, 0, 5, 7));
for (const l of ['en-GB', 'en-IN', 'de-DE', 'ja-JP', 'ko-KR', 'es-MX', 'hi-IN', 'fr-CA', 'zh-CN']) {
  const out = [];
  for (const o of [{ hour12: false }, { hour12: true }, { hourCycle: 'h11' }, { hourCycle: 'h24' }, { hour: '2-digit', minute: '2-digit', hour12: false }, { timeStyle: 'short', hour12: true }, { timeStyle: 'short', hourCycle: 'h23' }]) {
    const f = new Intl.DateTimeFormat(l, { hour: o.timeStyle ? undefined : 'numeric', minute: o.timeStyle ? undefined : 'numeric', ...o });
    const r = f.resolvedOptions();
    out.push(`${f.format(d)} [${r.hourCycle},${r.hour12},${r.hour}]`);
  }
  console.log(l, out.join(' | '));
  console.log('  ', d.toLocaleDateString(l, { day: '2-digit', month: '2-digit', year: 'numeric' }), '|', d.toLocaleDateString(l, { month: 'short', year: '2-digit' }), '|', d.toLocaleDateString(l, { weekday: 'narrow', month: 'narrow', day: 'numeric' }), '|', d.toLocaleTimeString(l, { hour: '2-digit', minute: '2-digit' }), '|', d.toLocaleString(l, { dateStyle: 'short', timeStyle: 'short' }));
}
