// Copying within one buffer handles overlapping ranges like memmove.
const buf = Buffer.from('abcdefgh');
buf.copy(buf, 2, 0, 4);
console.log(buf.toString());
const buf2 = Buffer.from('abcdefgh');
buf2.copy(buf2, 0, 3);
console.log(buf2.toString());
const whole = Buffer.from('0123456789');
whole.subarray(0, 5).copy(whole.subarray(3));
console.log(whole.toString());
