// util.inspect.custom returning a string or an object (inspected in its place).
const util = require('util'); class Money { constructor(a) { this.a = a; } [util.inspect.custom](depth, opts, inspect) { return `Money<${this.a}>`; } }
console.log(new Money(5), [new Money(1)], { m: new Money(2) });
class Obj { [util.inspect.custom]() { return { replaced: true, nested: [1, 2] }; } } console.log(new Obj(), [new Obj()]);
