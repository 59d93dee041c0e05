// Requiring a helper file by relative path, with or without the .js extension gives the same cached object.
const helper = require('./_helper');
console.log(helper.name, helper.add(2, 3));
console.log(require('./_helper.js') === helper);
