// Array.from and spread turn buffers into plain arrays of numbers.
const buf = Buffer.from('AZ');
console.log(Array.from(buf), Array.from(buf, (b) => b + 1), [...buf], Array.isArray(Array.from(buf)));
console.log(Object.entries(Buffer.from([5, 6])));
