// A static method called on other receivers.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Registry { static lookup(k) { throw new Error(`no ${k}`); } }
function Plain() {}
class Other {}
for (const r of [Registry, Other, Plain, {}, undefined]) {
  try { Registry.lookup.call(r, 'k'); } catch (e) { console.log(clean(e.stack).split('\n')[1].trim().split(' (')[0]); }
}
