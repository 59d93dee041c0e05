// The same character is a different byte sequence in utf8 and latin1.
const buf = Buffer.from('café', 'latin1');
console.log(buf, buf.indexOf('é'), buf.indexOf('é', 'latin1'), buf.indexOf('é', 0, 'binary'));
const u = Buffer.from('café');
console.log(u, u.indexOf('é'), u.indexOf('é', 'latin1'), u.includes(0xa9));
