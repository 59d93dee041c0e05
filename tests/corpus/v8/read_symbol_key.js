// Reading a symbol-keyed property of undefined: the symbol is described in the message.
const tag = Symbol('tag');
let o;
try {
  o[tag];
} catch (e) {
  console.log(e.message);
}
