// The lowercase Uint aliases are the very same functions.
const p = Buffer.prototype;
console.log(p.readUint8 === p.readUInt8, p.readUint16LE === p.readUInt16LE, p.readUintBE === p.readUIntBE);
console.log(p.writeUint32BE === p.writeUInt32BE, p.readBigUint64LE === p.readBigUInt64LE, p.writeBigUint64BE === p.writeBigUInt64BE);
console.log(p.readUInt8.name, p.readUint8.name, p.writeUint16LE.name);
