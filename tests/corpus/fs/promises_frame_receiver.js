// An fs/promises failure's async frame is named after the call's receiver: Object.readFile
// through the module object, plain stat when destructured; the functions' names and lengths.
const fsp = require('fs/promises');
const { stat } = require('fs/promises');
console.log(fsp.readFile.name, fsp.readFile.length, fsp.stat.length, fsp.readdir.length, typeof fsp.readFile.prototype);
fsp.readFile('missing.txt').catch((e) => console.log(e.stack));
stat('missing.txt').catch((e) => console.log(e.stack));
fsp.readdir('missing').catch((e) => console.log(e.stack));
