// Lines split across chunks, CRLF, an empty line and a last line without newline.
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from(['line one\nline t', 'wo\r\n\nlast']) });
rl.on('line', l => console.log('line', JSON.stringify(l)));
rl.on('close', () => console.log('close'));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
process.nextTick(() => console.log('tick'));
