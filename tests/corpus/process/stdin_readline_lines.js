// readline over piped stdin: a 'line' per line (the last one without its newline too), then 'close'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin });
let n = 0;
rl.on('line', (line) => console.log(`line ${++n}: ${JSON.stringify(line)}`));
rl.on('close', () => console.log('close after', n, 'lines'));
process.stdin.on('end', () => console.log('stdin end'));
setImmediate(() => console.log('immediate'));
process.on('exit', () => console.log('exit'));
