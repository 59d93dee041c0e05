const util = require('node:util');
const { MIMEType, MIMEParams } = util;
console.log(Object.keys(util).slice(-6));
const inputs = ['text/html; charset=UTF-8', 'TEXT/HTML;CHARSET="utf-8"', ' application/json ', 'text/plain;a=1;a=2;b', 'text/plain; q="a\\"b"; x="unterminated',
  'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW', 'text/html;charset=gbk;;;', 'image/svg+xml; x=;y= ;z=" spaced "', 'a/b;C=D;c=e',
  'text/plain;x="a\\', 'text/x;é=1;ok=é', 'text/javascript; charset="\\"quoted\\""'];
for (const s of inputs) {
  const m = new MIMEType(s);
  console.log(JSON.stringify(s), '->', String(m), m.type, m.subtype, m.essence, [...m.params], JSON.stringify(m));
}
for (const bad of ['text', '/html', 'text/', 'te xt/html', 'text/ht@ml', '', 'text/html ;', 'tëxt/html', '  /x']) {
  try { new MIMEType(bad); console.log(bad, 'ok'); } catch (e) { console.log(JSON.stringify(bad), e.name, e.code, e.message); }
}
const m = new MIMEType('text/plain');
m.type = 'Application'; m.subtype = 'JSON';
m.params.set('charset', 'utf-8'); m.params.set('q', 'has space'); m.params.set('e', '');
console.log(String(m), m.params.get('charset'), m.params.get('none'), m.params.has('q'), [...m.params.keys()], [...m.params.values()]);
m.params.delete('q');
console.log(m.toString(), m.params.toString(), JSON.stringify({ m }));
for (const f of [() => { m.type = ''; }, () => { m.subtype = 'a b'; }, () => m.params.set('', 'x'), () => m.params.set('a b', 'x'), () => m.params.set('k', 'line\nbreak')]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
console.log(m, m.params, new MIMEParams(), Object.keys(m), typeof MIMEParams.parseParametersString);
console.log(m instanceof MIMEType, Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
