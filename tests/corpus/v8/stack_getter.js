// An error thrown in a getter: V8 names the frame 'get name'.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
class Box {
  get value() {
    throw new Error('no value');
  }
}
try {
  new Box().value;
} catch (e) {
  show(e);
}
