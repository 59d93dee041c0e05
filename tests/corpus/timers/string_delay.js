// Delays are coerced to numbers: '20' is 20 ms, 'abc' is NaN, which becomes 1.
setTimeout(() => console.log('string "20"'), '20');
setTimeout(() => console.log('string "abc" (1 ms)'), 'abc');
setTimeout(() => console.log('5 ms'), 5);
