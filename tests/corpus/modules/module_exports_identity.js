// At the top level of a CommonJS module, exports === module.exports === this.
console.log(exports === module.exports);
console.log(this === module.exports);
console.log(typeof module, typeof require, typeof module.exports);
