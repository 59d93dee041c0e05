// fs.promises.readFile and require('fs/promises') are the same API.
const fsp = require('fs/promises');
const fs = require('fs');
console.log(fsp === fs.promises, fsp.readFile === fs.promises.readFile);
(async () => {
  const buf = await fsp.readFile('fixtures/hello.txt');
  console.log(buf.toString().trim());
  const text = await fsp.readFile('fixtures/lines.txt', 'utf8');
  console.log(text.split('\n').length);
  const json = JSON.parse(await fsp.readFile('fixtures/data.json', { encoding: 'utf8' }));
  console.log(json.name);
})();
