// readline/promises questions answered from piped stdin, one line each.
const rlp = require('readline/promises');
const rl = rlp.createInterface({ input: process.stdin, output: process.stdout });
(async () => {
  const a = await rl.question('name? ');
  const b = await rl.question('age? ');
  console.log(`\n${a} is ${b}`);
  rl.close();
})();
