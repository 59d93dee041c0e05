// An invalid URL is thrown from Node's URL constructor (or the href setter), whose frame
// opens the stack; uncaught, Node points at its binding's call. (The href setter's error is
// left out: V8 places its caller's frame at the assignment's `=`.)
const show = (e) => console.log(e.stack.split(__dirname).join('.'));
try { new URL('nope'); } catch (e) { show(e); }
try { new URL('/x', 'also nope'); } catch (e) { show(e); }
new URL('still nope');
