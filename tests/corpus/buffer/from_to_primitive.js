// Objects with Symbol.toPrimitive are converted with the "string" hint.
const obj = {
  [Symbol.toPrimitive](hint) {
    console.log('hint', hint);
    return 'prim';
  },
};
console.log(Buffer.from(obj));
console.log(Buffer.from(obj, 'base64'));
