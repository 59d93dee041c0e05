// The built-in constructor's own frame tops the stack of the error it throws.
function show(f) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
    console.log(e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(__dirname + '/', '')).join(' | '));
  }
}
show(() => new Map(5));
show(() => new Map([1]));
show(() => new WeakSet(7));
show(() => new Promise(5));
