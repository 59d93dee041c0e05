const fs = require('fs');
const t = setTimeout(() => {}, 100);
setImmediate(() => {});
fs.readFile(__filename, () => {});
fs.promises.readFile(__filename).then(() => {});
fs.promises.stat(__filename).then(() => console.log('stat done', process.getActiveResourcesInfo()));
console.log(process.getActiveResourcesInfo());
clearTimeout(t);
