// Reading a Content-Type header the way a small HTTP helper would.
const { MIMEType } = require('node:util');
function describe(header) {
  const mime = new MIMEType(header);
  const charset = mime.params.get('charset') ?? 'none';
  const kind = mime.type === 'text' || mime.subtype.endsWith('+json') || mime.essence === 'application/json' ? 'text-like' : 'binary';
  return `${mime.essence} charset=${charset} ${kind}`;
}
for (const h of ['text/html; charset=utf-8', 'application/json', 'application/ld+json; charset=UTF-8', 'image/png', 'Text/CSV; Charset="latin1"; header=present']) {
  console.log(describe(h));
}
const mime = new MIMEType('text/plain');
for (const [k, v] of Object.entries({ charset: 'utf-8', format: 'flowed', note: 'a "quoted" word' })) mime.params.set(k, v);
console.log(`${mime}`);
for (const [name, value] of mime.params) console.log(name, '=', value);
console.log(JSON.stringify({ contentType: mime, params: mime.params }));
