const fs = require('fs');
fs.writeFileSync('sweep_readline_file.tmp', 'line1\nline2\nline3\n');
const readline = require('readline');
const rl = readline.createInterface({ input: fs.createReadStream('sweep_readline_file.tmp'), crlfDelay: Infinity });
let n = 0;
rl.on('line', (l) => console.log(++n, l));
rl.on('close', () => { console.log('closed'); fs.unlinkSync('sweep_readline_file.tmp'); });
