// writeFileSync with strings, Buffers, typed arrays and encodings.
const fs = require('fs');
const file = 'tmp_writefile_sync_buffer.bin';
fs.writeFileSync(file, Buffer.from([0x68, 0x69]));
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, new Uint8Array([1, 2, 3]));
console.log(fs.readFileSync(file));
fs.writeFileSync(file, '68656c6c6f', 'hex');
console.log(fs.readFileSync(file, 'utf8'));
fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
console.log(fs.readFileSync(file, 'utf8'));
console.log(fs.writeFileSync(file, '') === undefined, fs.readFileSync(file).length);
fs.unlinkSync(file);
try { fs.writeFileSync(file, 42); } catch (err) { console.log(err.code, err.message); }
