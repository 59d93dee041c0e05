// swap16/32/64 size errors, compare/equals forms and a JSON round trip with a reviver.
const b = Buffer.from([1, 2, 3]);
try { b.swap16(); } catch (e) { console.log(e.name, e.code, e.message); }
try { b.swap32(); } catch (e) { console.log(e.name, e.code, e.message); }
try { b.swap64(); } catch (e) { console.log(e.name, e.code, e.message); }
const c = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(c.swap16(), c.swap32(), c.swap64());
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('abc'), Buffer.from('ab')));
console.log([Buffer.from('c'), Buffer.from('a'), Buffer.from('ba'), Buffer.from('b')].sort(Buffer.compare));
console.log(Buffer.from('abc').equals(new Uint8Array([97, 98, 99])));
try { Buffer.from('a').equals('a'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.compare('a', Buffer.from('a')); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.from('abcdef').compare(Buffer.from('cd'), 0, 2, 2, 4));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON());
console.log(JSON.parse(JSON.stringify({ b: Buffer.from('xy') }), (k, v) => v && v.type === 'Buffer' ? Buffer.from(v.data) : v));
