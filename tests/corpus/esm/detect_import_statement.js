// A .js file with an import statement and no package.json: Node 20.20 runs it as an ES module.
import { readFileSync } from 'node:fs';
import path from 'node:path';
console.log(typeof readFileSync, path.basename(import.meta.url));
console.log(typeof require, typeof module, typeof exports, this);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
