const util = require('util');
class Money {
  constructor(amount, currency) { this.amount = amount; this.currency = currency; }
  [util.inspect.custom](depth, options, inspect) {
    return { value: `${this.amount} ${this.currency}`, depth };
  }
}
console.log(new Money(5, 'EUR'));
console.log({ price: new Money(10, 'USD') });
console.log([new Money(1, 'GBP')]);
class Wrapper {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Wrapper]', 'special');
    return `Wrapper<${inspect(this.v, { ...options, depth: options.depth === null ? null : options.depth - 1 })}>`;
  }
}
console.log(new Wrapper({ a: 1 }));
console.log({ a: { b: { c: new Wrapper(1) } } });
console.log({ a: { b: { c: { d: new Wrapper(1) } } } });
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log({ nested: { multi } });
const returnsArr = { [util.inspect.custom]() { return [1, 2, 3]; } };
console.log(returnsArr, { returnsArr });
const returnsNum = { [util.inspect.custom]: () => 42 };
console.log(returnsNum);
