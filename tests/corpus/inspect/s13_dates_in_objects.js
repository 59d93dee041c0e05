const d = new Date(NaN);
console.log({ d }, [d], d, String(d), new Map([[d, new Date(0)]]));
const withProp = new Date(0); withProp.tag = 'x';
console.log(withProp, { withProp });
class MyDate extends Date {}
console.log(new MyDate(0), new MyDate(NaN), [new MyDate(86400000)]);
console.log(new Date(8.64e15), new Date(-8.64e15), new Date(8.64e15 + 1));
console.log(require('util').format('%s %o %j', new Date(0), new Date(0), new Date(0)));
