// Node 20 still reads the deprecated `assert { type: 'json' }` form, with V8's warning
// (one per `assert`, listed last first, before the module's body runs).
console.error('body');
import data from './_data.json' assert { type: 'json' };
import { a } from './_plain_a.mjs';
import again from "./_data.json" assert {type:"json"};
console.log(data, again === data, a);
export { default as j } from './_data.json' assert { type: 'json' };
