// The import-attribute errors of import(), each with its code and message.
const show = (e) => console.log(e.name, e.code, e.message.replace(/file:\/\/\S*\//, 'file:///'));
for (const [spec, opts] of [
  ['./_data.json'],
  ['./_data.json', { with: { type: 'css' } }],
  ['./_plain_a.mjs', { with: { type: 'json' } }],
  ['./_plain_a.mjs', { with: { type: 'javascript' } }],
  ['node:path', { with: { type: 'json' } }],
  ['./_data.json', { with: { type: 'json', mode: 'x' } }],
  ['./_data.json', { with: { type: 1 } }],
  ['./_data.json', { with: 5 }],
  ['./_data.json', 5],
]) {
  try { const m = await import(spec, opts); console.log('loaded', Object.keys(m)); } catch (e) { show(e); }
}
