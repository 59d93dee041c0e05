// inspect.custom returning stylized strings or objects, at nested depths.
const util = require('util');
class Money { constructor(a){ this.a = a; } [util.inspect.custom](depth, options, inspect) { return `Money<${options.stylize(this.a, 'number')}> d=${depth}`; } }
console.log(new Money(5)); console.log({ m: new Money(3) }); console.log([[new Money(1)]]);
class R { [util.inspect.custom]() { return { replaced: true, nested: { x: 1 } }; } }
console.log(new R()); console.log({ r: new R() });
class S { [util.inspect.custom](depth, opts) { return depth < 0 ? '[S]' : 'S(' + opts.depth + ')'; } }
console.log({a:{b:{c:{s: new S()}}}});
