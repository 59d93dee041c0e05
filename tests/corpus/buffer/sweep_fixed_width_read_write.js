// Fixed-width reads and writes, their range errors and fractional values.
const b = Buffer.alloc(10);
b.writeUInt32BE(0xdeadbeef, 0);
b.writeInt16LE(-2, 4);
b.writeFloatLE(1.5, 6);
console.log(b.toString('hex'), b.readUInt32LE(0).toString(16), b.readInt16BE(4), b.readFloatLE(6));
try { b.writeUInt32BE(-1); } catch (e) { console.log(e.code, e.message); }
try { b.writeUInt8(256); } catch (e) { console.log(e.code, e.message); }
try { b.writeInt8(-129); } catch (e) { console.log(e.code, e.message); }
try { b.writeUInt16LE(1, 9); } catch (e) { console.log(e.code, e.message); }
try { b.readDoubleLE(3); } catch (e) { console.log(e.code, e.message); }
try { b.readUInt8(1.5); } catch (e) { console.log(e.code, e.message); }
try { b.readUInt8('1'); } catch (e) { console.log(e.code, e.message); }
console.log(b.writeDoubleBE(Math.PI), b.readDoubleBE(), b.writeFloatBE(0.1), b.readFloatBE());
console.log(b.writeUInt16BE(65535.9), b.readUInt16BE());
