function parseSettings(text) {
  return JSON.parse(text);
}
const inputs = ['{"a":1}', "{'a':1}", '{"a":1,}', '', 'undefined', '{"a":1}x', '[1, 2'];
for (const input of inputs) {
  try {
    console.log(parseSettings(input));
  } catch (err) {
    console.log(err.name + ': ' + err.message);
  }
}
