console.log({ 'a-b': 1, 'valid_id': 2, '$dollar': 3, '1abc': 4, '': 5, 'with space': 6, 'ünicode': 7, "it's": 8, '"dq"': 9 });
console.log({ 0: 'zero', 1: 'one', '-1': 'neg', '01': 'lead', 1.5: 'float', 4294967295: 'max' });
console.log({ [Symbol('sym key')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol.for('x y')]: 4 });
console.log({ __proto__: { inherited: 1 }, own: 2 });
console.log({ ['__proto__']: 1 });
console.log({ 'new\nline': 1, 'tab\tkey': 2 });
console.log(new Map([['a-b', 1], [{ 'x-y': 1 }, 2]]));
