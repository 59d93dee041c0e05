// Errors of JSON.parse and JSON.stringify have the built-in's frame first, as V8 shows it.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').slice(0, 3).join('\n'));
function read(text) {
  return JSON.parse(text);
}
try {
  read('{"a": }');
} catch (e) {
  show(e);
}
const loop = {};
loop.self = loop;
try {
  JSON.stringify(loop);
} catch (e) {
  show(e);
}
