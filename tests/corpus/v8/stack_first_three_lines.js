// e.stack.split('\n').slice(0, 3): the message line and the two innermost frames.
function parse() {
  return JSON.parse('{');
}
function load() {
  return parse();
}
try {
  load();
} catch (e) {
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').slice(0, 3).join('\n'));
}
