// Argument validation: ERR_INVALID_ARG_TYPE for paths and callbacks, thrown synchronously.
const fs = require('fs');
const attempts = [
  () => fs.readFile(true, () => {}),
  () => fs.readFile('fixtures/hello.txt'),
  () => fs.readFileSync(null),
  () => fs.writeFile('x', 'y'),
  () => fs.stat(undefined, () => {}),
  () => fs.mkdirSync({}),
];
for (const attempt of attempts) {
  try { attempt(); console.log('no error'); } catch (err) { console.log(err.name, err.code, err.message); }
}
