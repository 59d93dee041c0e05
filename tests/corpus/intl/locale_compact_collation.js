// Compact notation in other locales, and tailored collation (Swedish, Polish, Spanish).
for (const l of ['de', 'fr', 'es', 'ja', 'zh', 'ko', 'ru', 'pl', 'hi', 'en-IN', 'en-GB', 'it', 'pt-BR', 'nl', 'sv']) {
  const s = new Intl.NumberFormat(l, { notation: 'compact' });
  const g = new Intl.NumberFormat(l, { notation: 'compact', compactDisplay: 'long' });
  console.log(l, [999, 1234, 12345, 150000, 999999, 1500000, 2e6, 5e6, 21e6, 1.2e9, 3e12, 4.5e14, 7e16].map((x) => s.format(x) + ' / ' + g.format(x)).join(' ; '));
}
console.log(new Intl.NumberFormat('de', { notation: 'compact' }).formatToParts(1500000));
console.log(new Intl.NumberFormat('ja', { notation: 'compact' }).formatToParts(123456789));
for (const l of ['sv', 'de', 'pl', 'es', 'fr']) {
  console.log(l, ['äpple', 'Zebra', 'ål', 'öl', 'apa', 'Ärlig', 'ñu', 'nube', 'oso', 'łódź', 'lody', 'ząb', 'zebra', 'źle', 'żaba'].sort(new Intl.Collator(l).compare).join(' '));
  console.log(l, 'ä'.localeCompare('z', l), 'Ö'.localeCompare('o', l, { sensitivity: 'base' }), new Intl.Collator(l).resolvedOptions().locale);
}
console.log(['Österreich', 'Zürich', 'Äpfel', 'Apfel', 'Ofen'].sort((a, b) => a.localeCompare(b, 'de')));
console.log(['Österreich', 'Zürich', 'Äpfel', 'Apfel', 'Ofen'].sort((a, b) => a.localeCompare(b, 'sv')));
console.log(new Intl.Collator('de-DE-u-kn').resolvedOptions().locale, ['a10', 'a2'].sort(new Intl.Collator('de', { numeric: true }).compare));
