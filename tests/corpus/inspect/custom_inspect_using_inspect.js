// A custom inspect that calls the provided inspect function.
const util = require('util');
class Money { constructor(v) { this.v = v; } [util.inspect.custom](depth, opts, inspect) { return `Money<${inspect(this.v, opts)}>`; } }
console.log(new Money(5), [new Money('x')]);
