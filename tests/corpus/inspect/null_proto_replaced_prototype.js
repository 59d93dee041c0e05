// A constructor whose `prototype` was replaced by a plain object (no own `constructor`):
// V8's map still names the function after the instance's prototype becomes null.
function G() { this.v = 1; }
G.prototype = { x: 1 };
const gg = new G();
Object.setPrototypeOf(gg, null);
console.log(gg);
