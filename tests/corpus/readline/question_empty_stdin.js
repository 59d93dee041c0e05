const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.on('close', () => console.log('\nclosed without an answer'));
rl.question('What is your name? ', (name) => {
  console.log(`Hello, ${name}!`);
  rl.close();
});
process.on('exit', (code) => console.log('exit', code));
