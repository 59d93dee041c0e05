// A method taken off its class and put on another object, or called with call/apply.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Engine { start() { throw new Error(`cannot start ${this.constructor.name}`); } }
const start = new Engine().start;
const car = { ignite: start };
const boat = { start };
for (const f of [() => car.ignite(), () => boat.start(), () => start.call(new Map()), () => start.apply([])]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 2).join('\n')); }
}
