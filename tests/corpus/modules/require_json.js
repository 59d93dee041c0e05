// Requiring a .json file parses it.
const data = require('./_data.json');
console.log(data.name, data.values.length, data.values[2]);
