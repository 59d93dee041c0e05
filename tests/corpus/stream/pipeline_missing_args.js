// pipeline needs at least two streams and a callback.
const { pipeline, Readable } = require('stream');
try {
  pipeline(Readable.from(['a']), () => {});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  pipeline(Readable.from(['a']), Readable.from(['b']));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
