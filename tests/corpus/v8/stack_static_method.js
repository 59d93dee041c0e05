// A static method is framed as ClassName.method (the receiver is the class).
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
class Repo {
  static find() {
    throw new Error('not found');
  }
}
try {
  Repo.find();
} catch (e) {
  show(e);
}
