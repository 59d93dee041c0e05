// Methods keyed by a symbol and by a computed name.
const clean = (stack) => stack.split(__dirname + '/').join('');
const kRun = Symbol('run');
class Task {
  [kRun]() { throw new Error('symbol method'); }
  ['do' + 'It']() { throw new Error('computed method'); }
  [Symbol.iterator]() { throw new Error('iterator method'); }
}
const task = new Task();
for (const f of [() => task[kRun](), () => task.doIt(), () => [...task]]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 2).join('\n')); }
}
