const { timingSafeEqual } = require('crypto');
console.log(timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')));
console.log(timingSafeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
try { timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); } catch (e) { console.log(e.name, e.code, e.message); }
try { timingSafeEqual('a', 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
try { timingSafeEqual(Buffer.from('a')); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(timingSafeEqual(new Uint16Array([1]), Buffer.from([1, 0])));
