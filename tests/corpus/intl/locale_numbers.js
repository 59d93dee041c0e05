// Numbers in the locales tutorials use: separators, Indian and minimum grouping, percent and currency patterns, negotiation.
const n = 1234567.891;
for (const l of ['de-DE', 'en-IN', 'fr-FR', 'es-ES', 'it-IT', 'pt-BR', 'nl-NL', 'ja-JP', 'zh-CN', 'ko-KR', 'ru-RU', 'hi-IN', 'sv-SE', 'pl-PL', 'en-GB', 'de-CH', 'de-AT', 'es-MX', 'en-CA', 'en-AU', 'fr-CA']) {
  console.log(l, n.toLocaleString(l), (1234).toLocaleString(l), (-0.5).toLocaleString(l), (0.256).toLocaleString(l, { style: 'percent' }), (-12).toLocaleString(l, { style: 'percent', minimumFractionDigits: 1 }));
}
console.log(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(5000));
console.log(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
console.log(new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(1234.5));
console.log(new Intl.NumberFormat('en-IN', { style: 'currency', currency: 'INR' }).format(12345678.9));
console.log(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(-99.99));
console.log(new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' }).format(1e6));
console.log(new Intl.NumberFormat('ko-KR', { style: 'currency', currency: 'KRW' }).format(50000));
console.log(new Intl.NumberFormat('zh-CN', { style: 'currency', currency: 'CNY' }).format(88.8));
console.log(new Intl.NumberFormat('ru-RU', { style: 'currency', currency: 'RUB' }).format(1500));
console.log(new Intl.NumberFormat('de-CH', { style: 'currency', currency: 'CHF' }).format(1500.25));
console.log(new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'MXN' }).format(1500.25));
console.log(new Intl.NumberFormat('en-CA', { style: 'currency', currency: 'CAD' }).format(1500.25));
console.log(new Intl.NumberFormat('sv-SE', { style: 'currency', currency: 'SEK' }).format(-1500.25));
console.log(new Intl.NumberFormat('pl-PL', { style: 'currency', currency: 'PLN' }).format(1500.25));
console.log(new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(-1500.25));
console.log(new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'USD' }).format(12));
console.log(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'USD', currencyDisplay: 'code' }).format(12));
console.log(new Intl.NumberFormat('de-DE', { signDisplay: 'always' }).format(12), new Intl.NumberFormat('sv', { signDisplay: 'exceptZero' }).format(-3));
console.log(new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }).formatToParts(-1234.567));
console.log(new Intl.NumberFormat('de-DE').resolvedOptions());
console.log(new Intl.NumberFormat('de-AT').resolvedOptions().locale, new Intl.NumberFormat('de-XX').resolvedOptions().locale, new Intl.NumberFormat(['xx', 'fr']).resolvedOptions().locale, new Intl.NumberFormat('zz').resolvedOptions().locale);
console.log(Intl.NumberFormat.supportedLocalesOf(['de-DE', 'xx', 'fr', 'en-XX', 'ja']));
console.log((12345.6789).toLocaleString('es'), (12345).toLocaleString('es', { useGrouping: 'always' }), (1234).toLocaleString('pl'));
console.log(BigInt(123456789).toLocaleString('de-DE'), [1234.5, 0.5].toLocaleString('de-DE'));
