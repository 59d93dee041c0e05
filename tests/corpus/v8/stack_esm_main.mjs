// An ES module's top level: V8's frame has no name, then Node's module job frames.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
const dir = path.dirname(fileURLToPath(import.meta.url));
const show = (e) => console.log(e.stack.split(dir).join('$DIR'));
function inner() {
  return new Error('in a function');
}
show(new Error('top level'));
show(inner());
setTimeout(() => show(new Error('timer')), 1);
