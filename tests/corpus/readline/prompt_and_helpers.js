const readline = require('readline');
const { PassThrough } = require('stream');
const out = new PassThrough();
const chunks = [];
out.on('data', (d) => chunks.push(JSON.stringify(d.toString())));
console.log(readline.cursorTo(out, 3), readline.cursorTo(out, 2, 5), readline.moveCursor(out, -1, 2), readline.clearLine(out, 0), readline.clearLine(out, -1), readline.clearScreenDown(out));
const rl = readline.createInterface({ input: new PassThrough(), output: out, prompt: '$ ' });
rl.prompt();
rl.setPrompt('> ');
rl.prompt();
rl.close();
rl.close();
try { rl.write('x'); } catch (e) { console.log(e.code, e.message); }
setImmediate(() => console.log(chunks.join(' ')));
