// Typical broken JSON a learner feeds JSON.parse.
const inputs = ['{"a": 1,}', "{'a': 1}", 'undefined', '', '{"a": [1, 2', '[1, 2,]', '{a: 1}', 'tru', '"abc', '01', '{"a" 1}', 'NaN', '[1 2]', '{"a":1}}', '  ', '\n'];
for (const s of inputs) {
  try { JSON.parse(s); console.log('ok', s); } catch (e) { console.log(e.name + ': ' + e.message); }
}
