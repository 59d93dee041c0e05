// Frames in an ES module use file:// URLs.
const dir = import.meta.url.slice(0, import.meta.url.lastIndexOf('/'));
function fail() {
  throw new Error('esm');
}
try {
  fail();
} catch (e) {
  console.log(e.stack.split(dir).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
}
