// Locales other than English: node has full ICU data; looplab models an en-US machine.
console.log((1234.5).toLocaleString('de-DE'), new Intl.NumberFormat('de-DE').resolvedOptions().locale);
console.log(new Date(0).toLocaleDateString('en-GB'), new Date(0).toLocaleDateString('fr-FR', { dateStyle: 'full' }));
console.log(new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' }).format(5000));
