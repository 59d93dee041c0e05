// Sweep (issue 3): a learner's prints, checked against node.
console.log({ 'a-b': 1, '1a': 2, '': 3, a1: 4, 'with space': 5, 'ünï': 6, '😀': 7, 10: 8, '01': 9, '-1': 10, $d: 11, _u: 12 });
console.log({ ['__proto__']: 1, constructor: 2, 'quote\'s': 3, 'dq"': 4, 'nl\n': 5 });
const o = { b: 1, a: 2, 2: 'two', 1: 'one', [Symbol('z')]: 3, [Symbol.for('reg')]: 4, [Symbol.iterator]: 5, [Symbol()]: 6 };
console.log(o, Object.keys(o));
console.log(require('util').inspect(o, { sorted: true }));
