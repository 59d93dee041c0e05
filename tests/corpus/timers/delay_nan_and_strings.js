// Delays are coerced with Number(): '15' means 15ms, while NaN, 'abc' and undefined mean 1ms.
setTimeout(() => console.log("'15'"), '15');
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log("'abc'"), 'abc');
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log('5'), 5);
