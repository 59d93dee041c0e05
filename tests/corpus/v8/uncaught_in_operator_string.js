// An uncaught `in` on a string.
const name = 'ada';
console.log('length' in name);
