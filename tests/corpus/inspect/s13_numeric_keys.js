const o = { b: 1, 2: 'two', a: 2, 1: 'one', '-1': 'neg', '01': 'lead', 1.5: 'f', [2 ** 32]: 'big', [2 ** 32 - 2]: 'max', 0: 'zero' };
console.log(o, Object.keys(o));
console.log({ 'a-b': 1, '1a': 2, a1: 3, _x: 4, $y: 5, 'with space': 6, '': 7, 'ünï': 8, "it's": 9, 'q"q': 10, class: 11 });
console.log({ [Symbol('s')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol.for('reg')]: 4, [Symbol('a b')]: 5 });
const arr = ['x']; arr['-1'] = 'm'; arr['1.5'] = 'f'; arr.key = 'k';
console.log(arr);
