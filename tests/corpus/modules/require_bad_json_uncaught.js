// An uncaught parse error of a JSON module: Node's arrow is the loader's rethrow.
console.log('loading');
const config = require('./_bad.json');
console.log(config);
