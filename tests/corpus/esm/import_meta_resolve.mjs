// import.meta in Node 20.20: dirname, filename, resolve and url. resolve() maps a specifier to
// the URL an import would load without loading it: paths resolve whether or not the file
// exists, built-in names gain `node:`, a bare name that is no built-in is ERR_MODULE_NOT_FOUND.
import { basename } from 'node:path';
console.log(Object.keys(import.meta), typeof import.meta.resolve, import.meta.resolve.length);
const local = (url) => url.startsWith('file://') ? `file://.../${basename(url)}` : url;
for (const specifier of ['./_plain.mjs', './not-there.js', '../esm/x.mjs', 'fs', 'fs/promises', 'node:test', 'node:nope', 'data:text/javascript,1']) {
  console.log(specifier, '->', local(import.meta.resolve(specifier)));
}
for (const specifier of ['test', 'left-pad']) {
  try {
    import.meta.resolve(specifier);
  } catch (e) {
    console.log(specifier, e.code, e.message.slice(0, e.message.indexOf(' imported from')));
  }
}
console.log(import.meta.resolve('./_plain.mjs') === new URL('./_plain.mjs', import.meta.url).href);
