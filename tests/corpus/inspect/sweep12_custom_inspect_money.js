// Sweep (issue 3): a learner's prints, checked against node.
const util = require('util');
class Money {
  constructor(a, c) { this.amount = a; this.currency = c; }
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Money]', 'special');
    return `Money<${inspect(this.amount, options)} ${this.currency}>`;
  }
}
console.log(new Money(5, 'EUR'));
console.log({ wallet: [new Money(1, 'USD'), new Money(2, 'GBP')] });
console.log(util.inspect({ a: { b: { c: new Money(3, 'JPY') } } }, { depth: 1 }));
const returnsObj = { [util.inspect.custom]() { return { replaced: true, list: [1, 2] }; } };
console.log(returnsObj, [returnsObj]);
console.log(util.inspect(new Money(1, 'X'), { customInspect: false }));
console.log(`${util.format('%s', new Money(9, 'CHF'))}`);
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log({ multi, after: 1 });
