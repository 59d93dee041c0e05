// util's named exports from an ES module.
import { types, isDeepStrictEqual, parseArgs, callbackify, deprecate } from 'node:util';
console.log(types.isMap(new Map()), isDeepStrictEqual([1], [1]), typeof parseArgs, typeof callbackify, typeof deprecate);
