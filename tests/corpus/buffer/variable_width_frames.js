// The variable-width accessors go through a different function of Node's for each byteLength
// (readInt48LE, this.readUInt32LE, writeU_Int24BE, ...): a failure's stack names them.
const b = Buffer.alloc(4);
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 5).join('\n').replaceAll(__dirname, '.')); }
};
show(() => b.readIntLE(0, 6));
show(() => b.readUIntBE(3, 3));
show(() => b.readUIntLE(1, 4));
show(() => b.readIntBE(0, 7));
show(() => b.readIntBE(0.5, 2));
show(() => b.writeUIntBE(1, 0, 7));
show(() => b.writeUIntBE(1, 2, 3));
show(() => b.writeIntLE(0x7fffff, 0, 2));
show(() => b.writeIntBE(1, 'x', 5));
show(() => b.writeUIntLE(1, 4, 1));
// Uncaught: the arrow is boundsError's, the frames Node's.
b.writeUIntLE(1, 0, 5);
