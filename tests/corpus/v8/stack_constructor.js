// An error thrown in a class constructor: the frame reads 'new Foo'.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
class Foo {
  constructor() {
    throw new Error('in constructor');
  }
}
try {
  new Foo();
} catch (e) {
  show(e);
}
