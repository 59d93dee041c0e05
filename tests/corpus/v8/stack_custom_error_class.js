// A custom Error subclass: the first stack line uses its name, frames skip the constructor chain.
class NotFound extends Error {
  constructor(what) {
    super(what + ' not found');
    this.name = 'NotFound';
  }
}
function get() {
  throw new NotFound('user');
}
try {
  get();
} catch (e) {
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').slice(0, 3).join('\n'));
}
