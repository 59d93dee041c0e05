// tmpdir follows TMPDIR (without a trailing slash) and homedir follows HOME.
const os = require('os');
process.env.TMPDIR = '/custom/tmp/';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
delete process.env.TMPDIR;
process.env.TMP = '/other/tmp';
console.log(os.tmpdir());
process.env.HOME = '/somewhere/home';
console.log(os.homedir());
