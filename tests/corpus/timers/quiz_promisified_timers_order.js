const util = require('util');
const sleep = util.promisify(setTimeout);
const imm = util.promisify(setImmediate);
sleep(2).then(() => console.log('slept'));
imm().then(() => console.log('imm'));
Promise.resolve().then(() => console.log('micro'));
