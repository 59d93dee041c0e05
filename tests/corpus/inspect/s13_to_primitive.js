const money = { amount: 5, [Symbol.toPrimitive](hint) { return hint === 'number' ? this.amount : `$${this.amount}`; } };
console.log(money, `${money}`, +money, money + '', [money]);
console.log('%s', money, '%d', money);
console.log(require('util').format('%s|%d|%i|%f', money, money, money, money));
const d = { valueOf() { return 42; }, toString() { return 'str'; } };
console.log(d, `${d}`, d + 1, '%s', d);
console.log(require('util').format('%s', d), require('util').format('%d', d));
