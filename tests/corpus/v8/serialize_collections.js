const v8 = require('node:v8');
const util = require('node:util');
const values = [
  new Map(), new Map([['a', 1], [2, 'b']]), new Map([[{ k: 1 }, [1]]]), new Set(), new Set([1, 'one', 1n]),
  new Date(0), new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), new Date(NaN),
  /abc/, /a+b*/gimsuy, /x/d, new RegExp('\\d+', 'g'),
  new Number(3), new Number(-0.5), new String('boxed'), new String('日本'), new Boolean(true), new Boolean(false), Object(7n),
];
for (const value of values) {
  const bytes = v8.serialize(value);
  console.log(util.inspect(value), bytes.toString('hex'), util.inspect(v8.deserialize(bytes)));
}
const m = new Map([['self', null]]);
m.set('self', m);
const back = v8.deserialize(v8.serialize(m));
console.log(back.get('self') === back, v8.serialize(m).toString('hex'));
