const b = Buffer.alloc(4);
const cases = [() => b.writeUInt8(-1), () => b.writeUInt16BE(65536), () => b.writeInt16LE(-32769), () => b.writeInt32BE(2 ** 31), () => b.writeUInt32LE(1.5), () => b.writeUInt8(1, 4), () => b.writeUInt8(1, -1), () => b.readInt16BE(3), () => b.writeFloatLE(1, 1), () => b.readDoubleLE(0), () => b.writeUInt8('a'), () => b.writeUInt8(NaN), () => b.writeInt8(128)];
for (const c of cases) { try { console.log('ok', c()); } catch (e) { console.log(e.name, e.code, e.message); } }
