import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
setImmediate(() => console.log('immediate'));
setTimeout(() => console.log('timeout'), 0);
const text = await readFile(fileURLToPath(import.meta.url), 'utf8');
console.log('read', text.length > 0);
process.nextTick(() => console.log('tick'));
