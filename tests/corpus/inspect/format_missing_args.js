// Placeholders without arguments are left in place.
console.log('%s %d %j', 'only');
console.log('%s');
