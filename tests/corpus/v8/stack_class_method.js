// A class instance method is framed as ClassName.method.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
class Foo {
  bar() {
    throw new Error('in Foo.bar');
  }
}
try {
  new Foo().bar();
} catch (e) {
  show(e);
}
