// buf.compare(target, targetStart, targetEnd, sourceStart, sourceEnd) compares sub-ranges.
const a = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const b = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
console.log(a.compare(b), a.compare(b, 5), a.compare(b, 5, 9), a.compare(b, 0, 4, 4), a.compare(b, 0, 5, 4, 9));
console.log(a.compare(b, 0, 0, 0, 0), a.compare(b, 0, 0), a.compare(b, 0, 1, 9), a.compare(b, 10, 9));
console.log(a.compare(new Uint8Array([1, 2])), a.compare(b, undefined, undefined, 4));
