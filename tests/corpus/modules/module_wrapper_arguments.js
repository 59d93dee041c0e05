// The module body runs inside a wrapper function with 5 arguments (exports, require, module, __filename, __dirname).
console.log(arguments.length);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
