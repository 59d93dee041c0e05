// A JSON reviver can turn the toJSON shape back into a Buffer.
const text = JSON.stringify({ a: Buffer.from('hello') });
const obj = JSON.parse(text, (key, value) =>
  value && value.type === 'Buffer' ? Buffer.from(value.data) : value);
console.log(obj.a, obj.a.toString(), Buffer.isBuffer(obj.a));
