// The Intl namespace itself.
console.log(typeof Intl, Object.prototype.toString.call(Intl), Intl);
console.log(Intl.getCanonicalLocales('EN-us'), Intl.getCanonicalLocales(['en-US', 'EN', 'en-us']));
try { Intl.getCanonicalLocales('not a locale'); } catch (e) { console.log(e.name, e.message); }
console.log(Intl.supportedValuesOf('currency').length, Intl.supportedValuesOf('currency').slice(0, 5), Intl.supportedValuesOf('unit').length);
console.log(Intl.DateTimeFormat().resolvedOptions().locale, new Intl.NumberFormat('en').resolvedOptions().locale);
console.log(Object.keys(Intl), 'Intl' in globalThis, Object.keys(globalThis).includes('Intl'));
console.log(Intl.NumberFormat.prototype.constructor === Intl.NumberFormat, Intl.Collator.name, Intl.PluralRules.length);
