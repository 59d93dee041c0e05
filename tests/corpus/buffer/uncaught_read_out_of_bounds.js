// A Buffer read past the end ends the process: Node's arrow at boundsError and its frames.
const buf = Buffer.from('hi');
function readHeader(b) {
  return b.readUInt32BE(0);
}
console.log('length', buf.length);
readHeader(buf);
