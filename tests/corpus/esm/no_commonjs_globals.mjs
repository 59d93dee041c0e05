// require, module, exports, __filename, __dirname do not exist in ES modules; import.meta does.
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(typeof import.meta.url, import.meta.url.startsWith('file://'), import.meta.url.endsWith('/no_commonjs_globals.mjs'));
