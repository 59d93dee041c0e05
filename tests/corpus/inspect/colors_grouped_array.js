// Colored numbers are aligned by their visible width.
const util = require('util');
console.log(JSON.stringify(util.inspect(Array.from({ length: 10 }, (_, i) => i * 100), { colors: true })));
