// A Buffer is bytes. Text becomes bytes through an encoding (UTF-8 by default).
const b = Buffer.from('héllo');
console.log(b);
console.log('characters:', 'héllo'.length, 'bytes:', b.length);
console.log('hex:', b.toString('hex'));
console.log('base64:', b.toString('base64'));
console.log('latin1 reads the bytes differently:', b.toString('latin1'));
