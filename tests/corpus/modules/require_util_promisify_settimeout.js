// util.promisify(setTimeout) uses the custom promisified version: resolves with the value.
const { promisify } = require('node:util');
const sleep = promisify(setTimeout);
sleep(5, 'value').then((v) => console.log('resolved with', v));
console.log(typeof sleep);
