// Promisified fs callbacks: readFile, and exists (which has a custom form).
const util = require('util');
const fs = require('fs');
const readFile = util.promisify(fs.readFile);
const exists = util.promisify(fs.exists);
(async () => {
  console.log('read', (await readFile(__filename, 'utf8')).split('\n')[0]);
  console.log('exists', await exists(__filename));
  console.log('exists missing', await exists('/no/such/file'));
  await readFile('/no/such/file').catch((e) => console.log(e.code));
})();
