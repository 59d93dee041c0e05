// Date component sets in other locales: each picks the pattern ICU chose for it.
const dates = [new Date(Date.UTC(2024, 0, 1, 0, 0, 0)), new Date(Date.UTC(2023, 6, 15, 9, 5, 3, 250)), new Date(Date.UTC(2000, 11, 31, 23, 59, 59))];
const sets = [
  { year: 'numeric', month: '2-digit', day: '2-digit' },
  { year: '2-digit', month: 'short', day: 'numeric' },
  { weekday: 'short', month: 'short', day: 'numeric' },
  { weekday: 'long' },
  { month: 'narrow' },
  { weekday: 'narrow', day: 'numeric' },
  { hour: 'numeric' },
  { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  { hour: 'numeric', minute: '2-digit', hour12: true },
  { hour: 'numeric', minute: '2-digit', hourCycle: 'h23' },
  { minute: '2-digit', second: '2-digit' },
  { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' },
  { month: 'short', day: 'numeric', hour: 'numeric', minute: 'numeric' },
  { dateStyle: 'long', timeStyle: 'short' },
  { dateStyle: 'medium' },
  { timeStyle: 'medium', hour12: true },
  { timeStyle: 'full' },
  { hour: 'numeric', minute: 'numeric', timeZoneName: 'short' },
  { year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', fractionalSecondDigits: 3 },
];
for (const l of ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'ja-JP', 'zh-CN', 'ko-KR', 'ru-RU', 'pt-BR', 'it-IT', 'nl-NL', 'sv-SE', 'pl-PL', 'hi-IN', 'en-IN', 'en-AU', 'en-CA', 'es-MX']) {
  for (const o of sets) {
    console.log(l, JSON.stringify(o), dates.map((d) => new Intl.DateTimeFormat(l, o).format(d)).join(' | '));
  }
  const r = new Intl.DateTimeFormat(l, { hour: 'numeric', minute: 'numeric' }).resolvedOptions();
  console.log(r.locale, r.hourCycle, r.hour12, r.hour, r.minute);
}
