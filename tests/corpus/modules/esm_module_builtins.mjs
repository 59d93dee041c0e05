// The node:module, stream/consumers and util/types built-ins imported as ES modules;
// createRequire from import.meta.url.
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import { text } from 'stream/consumers';
import { Readable } from 'node:stream';
import types from 'node:util/types';
const require = createRequire(import.meta.url);
console.log(require('path').sep, builtinModules.length, isBuiltin('node:test'), typeof types.isDate);
console.log(await text(Readable.from(['a', 'b'])));
console.log(require.resolve('node:fs'));
