// "type": "commonjs" and top-level await: Node warns before the syntax error.
const value = await Promise.resolve(1);
console.log(value);
