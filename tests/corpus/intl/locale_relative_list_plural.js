// RelativeTimeFormat, ListFormat and PluralRules in other languages.
for (const l of ['es', 'de', 'fr', 'ja', 'ru', 'pl', 'it', 'pt-BR', 'nl', 'sv', 'zh', 'ko', 'hi', 'en-GB']) {
  const rtf = new Intl.RelativeTimeFormat(l, { numeric: 'auto' });
  const a = new Intl.RelativeTimeFormat(l);
  console.log(l, [rtf.format(-1, 'day'), rtf.format(1, 'day'), rtf.format(-2, 'day'), rtf.format(0, 'year'), a.format(3, 'hours'), a.format(-5, 'minutes'), a.format(-1, 'month'), a.format(22, 'days'), a.format(1.5, 'week')].join(' | '));
  console.log('  ', new Intl.RelativeTimeFormat(l, { style: 'short' }).format(-3, 'month'), '|', new Intl.RelativeTimeFormat(l, { style: 'narrow' }).format(2, 'second'));
  const lf = new Intl.ListFormat(l);
  console.log('  ', lf.format(['A', 'B']), '|', lf.format(['A', 'B', 'C', 'D']), '|', new Intl.ListFormat(l, { type: 'disjunction' }).format(['A', 'B', 'C']), '|', new Intl.ListFormat(l, { style: 'short', type: 'unit' }).format(['1', '2', '3']));
  const pr = new Intl.PluralRules(l), po = new Intl.PluralRules(l, { type: 'ordinal' });
  console.log('  ', [0, 1, 2, 3, 5, 11, 21, 22, 25, 100, 1.5].map((n) => pr.select(n)).join(','), po.resolvedOptions().pluralCategories.join(','), pr.resolvedOptions().locale, [1, 2, 3, 4, 8, 11].map((n) => po.select(n)).join(','));
}
console.log(new Intl.RelativeTimeFormat('es').formatToParts(-3, 'day'));
console.log(new Intl.RelativeTimeFormat('es', { numeric: 'auto' }).resolvedOptions());
