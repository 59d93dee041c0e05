// Dates in other locales: default toLocale*String, long dates, dateStyle/timeStyle, hour cycles.
const d = new Date(Date.UTC(2024, 2, 5, 14, 7, 9));
const opts = { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' };
for (const l of ['en-GB', 'en-IN', 'en-CA', 'en-AU', 'de-DE', 'fr-FR', 'es-ES', 'es-MX', 'it-IT', 'pt-BR', 'nl-NL', 'ja-JP', 'zh-CN', 'ko-KR', 'ru-RU', 'hi-IN', 'sv-SE', 'pl-PL', 'de-AT', 'de-CH', 'fr-CA']) {
  console.log(l, '|', d.toLocaleDateString(l), '|', d.toLocaleTimeString(l), '|', d.toLocaleString(l));
  console.log('  ', d.toLocaleDateString(l, opts), '|', d.toLocaleDateString(l, { month: 'short', day: 'numeric' }), '|', d.toLocaleDateString(l, { month: 'long', year: 'numeric' }));
  for (const s of ['full', 'long', 'medium', 'short']) console.log('  ', s, new Intl.DateTimeFormat(l, { dateStyle: s, timeStyle: s }).format(d));
  console.log('  ', d.toLocaleTimeString(l, { hour: '2-digit', minute: '2-digit' }), '|', d.toLocaleTimeString(l, { hour12: true }), '|', d.toLocaleTimeString(l, { hour12: false }), '|', d.toLocaleDateString(l, { weekday: 'short' }), '|', d.toLocaleDateString(l, { month: 'long' }));
}
console.log(new Intl.DateTimeFormat('de-DE', { dateStyle: 'full' }).format(d));
console.log(new Intl.DateTimeFormat('ja-JP', { hour: 'numeric' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('de-DE', { hour: 'numeric', minute: 'numeric' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('fr', { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).formatToParts(d));
console.log(new Date(Date.UTC(2023, 11, 31, 0, 30)).toLocaleString('en-GB', { timeZone: 'UTC' }));
console.log(new Date(0).toLocaleDateString('en-GB'), new Date(0).toLocaleDateString('fr-FR', { dateStyle: 'full' }));
