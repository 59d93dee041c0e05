// Delays are coerced with Number(): NaN, 'abc' and undefined mean 1ms, ' 2 ' means 2ms, and '50' means 50ms
// (so it fires after a 5ms timer). Timers are created in delay order so that a stalled process cannot reorder them.
setTimeout(() => console.log('NaN'), NaN);
setTimeout(() => console.log("'abc'"), 'abc');
setTimeout(() => console.log('undefined'));
setTimeout(() => console.log("' 2 ' (spaces)"), ' 2 ');
setTimeout(() => console.log('5'), 5);
setTimeout(() => console.log("'50'"), '50');
