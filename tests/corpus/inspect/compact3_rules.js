// compact: 3 groups up to three inner levels on one line when short enough.
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: { d: 1 } } } });
console.log({ a: 1, b: { c: 2, d: { e: 3 } } });
console.log([[1, [2, [3]]]]);
console.log({ x: [1, 2, { y: [3, 4] }] });
console.log({ obj: { a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccccccc' } });
console.log({ list: [{ id: 1, v: 'one' }, { id: 2, v: 'two' }, { id: 3, v: 'three' }, { id: 4, v: 'four' }] });
console.log({ level: 0, child: { level: 1, child: { level: 2, child: { level: 3 } } } });
console.log([{ a: [{ b: 1 }] }]);
const entries = {};
for (let i = 0; i < 4; i++) entries['entry' + i] = { index: i, label: 'Label number ' + i };
console.log(entries);
