// Negative, NaN, null, undefined and true delays all mean 1 ms (same list, creation order).
setTimeout(() => console.log('negative'), -100);
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('null'), null);
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('true'), true);
setTimeout(() => console.log('10 ms'), 10);
