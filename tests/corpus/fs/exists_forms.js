// existsSync and the callback-only fs.exists (its callback gets a boolean, not an error).
const fs = require('fs');
console.log(fs.existsSync('fixtures/hello.txt'), fs.existsSync('fixtures'), fs.existsSync('nope'), fs.existsSync(), fs.existsSync(42));
fs.exists('fixtures/hello.txt', (yes) => console.log('exists cb', yes));
fs.exists('nope', (yes) => console.log('exists cb missing', yes));
console.log(typeof fs.promises.exists);
