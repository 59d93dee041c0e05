// clearTimeout before the timer fires: its callback never runs.
const t = setTimeout(() => console.log('never'), 5);
setTimeout(() => console.log('other'), 10);
clearTimeout(t);
console.log('cleared');
