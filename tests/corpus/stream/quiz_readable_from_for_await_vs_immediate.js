const { Readable } = require('stream');
async function main() {
  const r = Readable.from(['a', 'b', 'c']);
  setImmediate(() => console.log('immediate'));
  for await (const chunk of r) {
    console.log('chunk', chunk);
  }
  console.log('done');
}
main();
process.nextTick(() => console.log('tick'));
