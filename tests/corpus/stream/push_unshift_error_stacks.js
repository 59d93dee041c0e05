// Errors push() and unshift() make, emitted as 'error': Node's frames of the mode's path.
const { Readable } = require('stream');
function t(label, opts, f) {
  const r = new Readable({ read() {}, ...opts });
  r.on('error', (e) => console.error(label, e.stack.split('\n').slice(0, 4).join('\n')));
  f(r);
}
t('eof bytes', {}, (r) => { r.push(null); r.push('x'); });
t('eof object', { objectMode: true }, (r) => { r.push(null); r.push({}); });
t('bad chunk', {}, (r) => { r.push(42); });
t('bad chunk unshift', {}, (r) => { r.unshift(42); });
t('unshift after end', {}, (r) => { r.push(null); r.on('end', () => r.unshift('x')); r.resume(); });
t('unshift after end obj', { objectMode: true }, (r) => { r.push(null); r.on('end', () => r.unshift('x')); r.resume(); });
t('read not impl', { read: undefined }, (r) => { r.read(); });
