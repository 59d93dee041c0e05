// An inherited method's frame is named for the receiver's class, not the class that wrote it.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Animal { move() { throw new Error(`${this.constructor.name} cannot move`); } }
class Snail extends Animal {}
class Turtle extends Animal {}
for (const a of [new Snail(), new Turtle(), Object.create(Snail.prototype)]) {
  try { a.move(); } catch (e) { console.log(clean(e.stack).split('\n')[1].trim().split(' (')[0]); }
}
