// An unknown encoding name throws ERR_UNKNOWN_ENCODING; empty, null or undefined mean utf8.
function attempt(label, fn) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
    console.log(String(e));
  }
}
attempt('xyz', () => Buffer.from('a', 'xyz'));
attempt('utf-16', () => Buffer.from('a', 'utf-16'));
attempt('latin-1', () => Buffer.from('a', 'latin-1'));
attempt('empty', () => Buffer.from('ab', ''));
attempt('null', () => Buffer.from('ab', null));
attempt('undefined', () => Buffer.from('ab', undefined));
attempt('number', () => Buffer.from('ab', 5));
