// Sweep (issue 3): a learner's prints, checked against node.
class MyArr extends Array {}
const a = MyArr.from([1, 2, 3]);
console.log(a, a.length, a instanceof Array);
class MyMap extends Map { constructor(e) { super(e); this.tag = 't'; } }
console.log(new MyMap([[1, 'one']]));
class MySet extends Set {}
console.log(new MySet(['x']), new MySet());
class MyErr extends Error {}
const e = new MyErr('sub'); console.log(e.name, String(e), Object.prototype.toString.call(e));
class MyPromise extends Promise {}
console.log(MyPromise.resolve(1));
class Base { static s = 1; }
class Derived extends Base { static t = 2; }
console.log(Base, Derived, [Derived], { Derived });
class MyBuf extends Uint8Array {}
console.log(new MyBuf(3));
class MyRe extends RegExp {}
console.log(new MyRe('x', 'g'));
class MyDate extends Date {}
console.log(new MyDate(0));
class MyFn extends Function {}
console.log(new MyFn('return 1'));
