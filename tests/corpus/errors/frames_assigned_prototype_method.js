// Methods put on a constructor's prototype by assignment (pre-class style).
const clean = (stack) => stack.split(__dirname + '/').join('');
function Dog(name) { this.name = name; }
Dog.prototype.bark = function () { throw new Error(`${this.name} cannot bark`); };
Dog.prototype.speak = function speak() { throw new Error(`${this.name} cannot speak`); };
const rex = new Dog('Rex');
for (const f of [() => rex.bark(), () => rex.speak(), () => Dog.prototype.bark.call({ name: 'x' })]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 2).join('\n')); }
}
