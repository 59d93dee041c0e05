// A Timeout converted to a number can be cleared by that number.
const t = setTimeout(() => console.log('never'), 10);
const id = +t;
console.log(typeof id);
clearTimeout(id);
setTimeout(() => console.log('other timer'), 20);
