// A static factory method: V8 names the frame by the class (`User.fromJSON`), and a static
// method called through a subclass by the subclass.
const clean = (stack) => stack.split(__dirname + '/').join('');
class User {
  static fromJSON(text) {
    const data = JSON.parse(text);
    if (!data.name) throw new Error('a user needs a name');
    return Object.assign(new this(), data);
  }
}
class Admin extends User {}
try { User.fromJSON('{}'); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 3).join('\n')); }
Admin.fromJSON('{"role":"root"}');
