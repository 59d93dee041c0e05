// indexOf/lastIndexOf/includes with negative and out-of-range offsets, encodings and coerced offsets.
const buf = Buffer.from('this is a buffer example, a buffer');
console.log(buf.indexOf('buffer'), buf.lastIndexOf('buffer'), buf.indexOf('buffer', -10), buf.lastIndexOf('buffer', -10));
console.log(buf.includes('example'), buf.includes('example', 20), buf.indexOf(97), buf.indexOf(97 + 256));
console.log(buf.indexOf('62756666', 0, 'hex'), buf.indexOf('YnVm', 'base64'), buf.lastIndexOf(Buffer.from('a ')));
console.log(buf.indexOf('a', -1000), buf.indexOf('a', 1000), buf.lastIndexOf('a', -1000), buf.lastIndexOf('t', 0));
console.log(buf.indexOf('', 5), buf.indexOf('', 100), buf.lastIndexOf(''), buf.lastIndexOf('', 3));
console.log(buf.indexOf('is', '3'), buf.indexOf('is', null), buf.indexOf('is', {}), buf.lastIndexOf('is', undefined), buf.lastIndexOf('is', NaN));
const u = Buffer.from('aébc', 'utf16le');
console.log(u.indexOf('é', 0, 'utf16le'), u.indexOf('b', 'ucs2'), u.lastIndexOf('c', 'utf16le'));
try { buf.indexOf({}); } catch (e) { console.log(e.code, e.message); }
try { buf.indexOf('a', 0, 'bogus'); } catch (e) { console.log(e.code, e.message); }
