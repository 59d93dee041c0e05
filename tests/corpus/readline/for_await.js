const fs = require('fs');
const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: fs.createReadStream(__dirname + '/lines.txt'), crlfDelay: Infinity });
  rl.on('close', () => console.log('close'));
  for await (const line of rl) {
    console.log('got', JSON.stringify(line));
  }
  console.log('loop done');
}
main().then(() => console.log('main resolved'));
setImmediate(() => console.log('immediate'));
