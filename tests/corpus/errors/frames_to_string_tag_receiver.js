// V8 names a receiver by its Symbol.toStringTag before its constructor.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Model { get [Symbol.toStringTag]() { return 'Accessor'; } fail() { throw new Error('fail'); } }
const tagged = { [Symbol.toStringTag]: 'Tagged', fail: Model.prototype.fail };
const nullProto = Object.assign(Object.create(null), { fail: Model.prototype.fail });
for (const r of [new Model(), tagged, nullProto]) {
  try { r.fail(); } catch (e) { console.log(clean(e.stack).split('\n')[1].trim().split(' (')[0]); }
}
