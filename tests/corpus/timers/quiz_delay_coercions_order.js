// Delays are coerced with ToNumber and clamped: -5, NaN and 0 become 1 (one list with the 1),
// the string '10' is 10. The '10' timer is armed last: one armed first can, on a loaded
// machine, see the next setTimeout read the clock milliseconds later.
const order = [];
setTimeout(() => order.push('neg'), -5);
setTimeout(() => order.push('nan'), NaN);
setTimeout(() => order.push('zero'), 0);
setTimeout(() => order.push('one'), 1);
setTimeout(() => order.push('5'), 5);
setTimeout(() => order.push('10str'), '10');
process.on('exit', () => console.log(order.join(' ')));
