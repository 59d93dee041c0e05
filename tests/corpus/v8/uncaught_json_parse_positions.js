// An uncaught JSON.parse error points into the parsed text (`<anonymous_script>`): the line of
// the position V8's parser stopped at, with a caret, tabs kept.
const inputs = ['{"a": }', 'line1\nline2 bad', '{"a":\t01}', '{"a":1}\n\n  x', '{"a":'];
let i = 0;
process.on('uncaughtException', (e) => console.log('handled', e.message));
for (const text of inputs) setTimeout(() => JSON.parse(text), i++);
setTimeout(() => {
  process.removeAllListeners('uncaughtException');
  JSON.parse(inputs[2]);
}, 10);
