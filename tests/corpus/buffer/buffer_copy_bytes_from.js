const u16 = new Uint16Array([0, 0xffff, 0x1234]);
console.log(Buffer.copyBytesFrom(u16));
console.log(Buffer.copyBytesFrom(u16, 1));
console.log(Buffer.copyBytesFrom(u16, 1, 1));
console.log(Buffer.copyBytesFrom(u16, 5));
const f64 = new Float64Array([1.5]);
console.log(Buffer.copyBytesFrom(f64));
const copy = Buffer.copyBytesFrom(u16);
u16[0] = 0x4142;
console.log(copy);
try { Buffer.copyBytesFrom([1, 2]); } catch (e) { console.log(e.code, e.message); }
try { Buffer.copyBytesFrom(u16, -1); } catch (e) { console.log(e.code, e.message); }
try { Buffer.copyBytesFrom(u16, 'a'); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.copyBytesFrom(new Uint8Array(0)));
