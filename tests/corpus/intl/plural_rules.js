// PluralRules: cardinal and ordinal categories for English.
const cardinal = new Intl.PluralRules('en-US');
console.log([0, 1, 2, 1.5, -1, 1.0, 100].map((n) => `${n}:${cardinal.select(n)}`).join(' '));
console.log(new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
const ordinal = new Intl.PluralRules('en-US', { type: 'ordinal' });
const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' };
console.log([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1000].map((n) => `${n}${suffix[ordinal.select(n)]}`).join(' '));
console.log(cardinal.resolvedOptions(), ordinal.resolvedOptions().pluralCategories);
const items = (n) => `${n} ${cardinal.select(n) === 'one' ? 'item' : 'items'}`;
console.log(items(0), items(1), items(2));
try { Intl.PluralRules(); } catch (e) { console.log(e.name, e.message); }
console.log(new Intl.PluralRules(), cardinal.select('1'), cardinal.select(NaN));
