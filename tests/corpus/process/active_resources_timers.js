// process.getActiveResourcesInfo(): fs requests, then one Timeout per ref'd timer and one
// Immediate per ref'd immediate (unref'd ones and the running immediate are not listed).
const fs = require('fs');
console.log(process.getActiveResourcesInfo());
const t = setTimeout(() => {}, 10);
setTimeout(() => {}, 20);
const u = setTimeout(() => {}, 30); u.unref();
setImmediate(() => {});
setImmediate(() => {});
fs.readFile(__filename, () => {});
console.log(process.getActiveResourcesInfo());
clearTimeout(t);
console.log(process.getActiveResourcesInfo());
setInterval(() => {}, 5).unref();
console.log(process.getActiveResourcesInfo());
setImmediate(() => console.log('imm', process.getActiveResourcesInfo()));
