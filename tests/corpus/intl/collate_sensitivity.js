// sensitivity: which differences count.
const pairs = [['a', 'b'], ['a', 'á'], ['a', 'A'], ['a', 'a'], ['résumé', 'Resume'], ['cote', 'côte'], ['ß', 'ss'], ['æ', 'ae']];
for (const sensitivity of ['base', 'accent', 'case', 'variant']) {
  const c = new Intl.Collator('en', { sensitivity });
  console.log(sensitivity.padEnd(8), pairs.map(([x, y]) => c.compare(x, y)).join(' '));
}
const search = new Intl.Collator('en', { sensitivity: 'base', usage: 'search' });
console.log(['Café', 'cafe', 'CAFE', 'cafeteria'].filter((w) => search.compare(w, 'cafe') === 0));
console.log(new Intl.Collator().resolvedOptions(), new Intl.Collator('en', { usage: 'search', sensitivity: 'base' }).resolvedOptions());
