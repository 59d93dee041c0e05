// Delays 0, 1, -5, '10', NaN and 5: all but '10' and 5 clamp to 1 and run in insertion order.
setTimeout(() => console.log('0'), 0);
setTimeout(() => console.log('1'), 1);
setTimeout(() => console.log('-5'), -5);
setTimeout(() => console.log("'10'"), '10');
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log('5'), 5);
