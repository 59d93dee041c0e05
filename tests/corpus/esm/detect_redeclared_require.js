// `const require` is an error only inside the CommonJS wrapper: the file parses as a module.
const require = (name) => `no ${name} here`;
const module = 'mine';
console.log(require('fs'), module, typeof exports);
