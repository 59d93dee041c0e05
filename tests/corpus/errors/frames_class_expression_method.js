// Methods of a class expression bound to a variable, and of an anonymous class.
const clean = (stack) => stack.split(__dirname + '/').join('');
const Parser = class {
  parse(s) { throw new SyntaxError(`cannot parse ${s}`); }
};
const anon = new (class { run() { throw new Error('anonymous class method'); } })();
for (const f of [() => new Parser().parse('x'), () => anon.run()]) {
  try { f(); } catch (e) { console.log(clean(e.stack).split('\n').slice(0, 2).join('\n')); }
}
