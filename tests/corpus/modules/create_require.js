// module.createRequire builds a require for any absolute file or directory (with a trailing
// slash); its resolve and resolve.paths answer like the module's own require.
const { createRequire } = require('module');
const fs = require('fs');
fs.writeFileSync(__dirname + '/_cr_tmp.js', 'module.exports = { answer: 42, file: require("path").basename(__filename) };');
const req = createRequire(__filename);
console.log(req('./_cr_tmp.js'));
console.log(typeof req.resolve, req.resolve('fs'), req.resolve('node:path'));
const req2 = createRequire(__dirname + '/');
console.log(req2('./_cr_tmp').answer, req2('./_cr_tmp') === req('./_cr_tmp.js'));
for (const bad of ['relative.js', 42, null]) {
  try { createRequire(bad); } catch (e) { console.log(e.code, e.message); }
}
fs.unlinkSync(__dirname + '/_cr_tmp.js');
