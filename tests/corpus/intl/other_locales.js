// Locales other than English: German numbers, British and French dates, Japanese yen.
console.log((1234.5).toLocaleString('de-DE'), new Intl.NumberFormat('de-DE').resolvedOptions().locale);
console.log(new Date(0).toLocaleDateString('en-GB'), new Date(0).toLocaleDateString('fr-FR', { dateStyle: 'full' }));
console.log(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(5000));
