const fsp = require('fs/promises');
const path = require('path');
async function main() {
  const file = path.join(__dirname, 'tmp_seq.txt');
  await fsp.writeFile(file, 'one\n');
  console.log('written');
  await fsp.appendFile(file, 'two\n');
  console.log('appended');
  const text = await fsp.readFile(file, 'utf8');
  console.log(JSON.stringify(text));
  await fsp.unlink(file);
  console.log('removed');
}
main().then(() => console.log('main resolved'));
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
