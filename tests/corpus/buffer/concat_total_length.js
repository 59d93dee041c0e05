// With totalLength, concat truncates or zero-pads the result.
const parts = [Buffer.from('abc'), Buffer.from('def')];
console.log(Buffer.concat(parts, 4));
console.log(Buffer.concat(parts, 8));
console.log(Buffer.concat(parts, 0));
console.log(Buffer.concat(parts, 6).toString());
