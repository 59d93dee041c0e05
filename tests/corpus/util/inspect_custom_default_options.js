const util = require('util');
class Money {
  constructor(a, c) { this.a = a; this.c = c; }
  [util.inspect.custom](depth, opts, inspect) {
    return `Money<${opts.stylize(this.a, 'number')} ${this.c}> depth=${depth}`;
  }
}
console.log(new Money(5, 'EUR'));
console.log({ wallet: [new Money(1, 'USD')] });
console.log(util.inspect.defaultOptions);
util.inspect.defaultOptions.depth = 0;
console.log({ a: { b: { c: 1 } } });
util.inspect.defaultOptions.depth = 2;
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message); }
try { util.inspect.defaultOptions = { depth: 'x' }; console.log(util.inspect.defaultOptions.depth); } catch (e) { console.log(e.code, e.message); }
class R { [util.inspect.custom]() { return { replaced: true }; } }
console.log([new R()]);
