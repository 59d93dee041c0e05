import * as readline from 'node:readline/promises';
import { PassThrough } from 'node:stream';
const input = new PassThrough();
const output = new PassThrough();
output.on('data', (d) => console.log('output:', JSON.stringify(d.toString())));
const rl = readline.createInterface({ input, output });
setTimeout(() => input.write('42\n'), 10);
const answer = await rl.question('Number? ');
console.log('answer', answer);
const ac = new AbortController();
const p = rl.question('Again? ', { signal: ac.signal });
ac.abort();
try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
rl.close();
await rl.question('late?').catch((e) => console.log(e.code, e.message));
console.log(typeof readline.Readline, typeof readline.Interface);
