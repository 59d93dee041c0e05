// A built-in is not of type "json".
import fs from 'node:fs' with { type: 'json' };
console.log(typeof fs);
