// Currencies: symbols, codes, names, accounting, digits per currency.
const price = (x, currency, extra = {}) => new Intl.NumberFormat('en-US', { style: 'currency', currency, ...extra }).format(x);
console.log(price(1234.5, 'USD'), price(-1234.5, 'USD'), price(0.5, 'EUR'), price(99.999, 'GBP'));
console.log(price(1234.5, 'JPY'), price(1234.5, 'KRW'), price(1.2345, 'BHD'));
console.log(JSON.stringify([price(5, 'CHF'), price(5, 'CAD'), price(5, 'AUD'), price(5, 'INR'), price(5, 'CNY'), price(5, 'MXN'), price(5, 'BRL')]));
console.log(JSON.stringify([price(5, 'USD', { currencyDisplay: 'code' }), price(5, 'CAD', { currencyDisplay: 'narrowSymbol' })]));
console.log(price(1, 'USD', { currencyDisplay: 'name' }), '|', price(1, 'JPY', { currencyDisplay: 'name' }), '|', price(2, 'EUR', { currencyDisplay: 'name' }));
console.log(price(-5, 'USD', { currencySign: 'accounting' }), price(5, 'USD', { currencySign: 'accounting' }));
console.log(price(12.345, 'usd', { maximumFractionDigits: 0 }), price(12, 'USD', { minimumFractionDigits: 0 }));
console.log((19.99).toLocaleString('en-US', { style: 'currency', currency: 'USD' }));
