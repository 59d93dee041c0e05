// a.b.c where a.b is undefined: the message names 'c'.
const a = {};
try {
  console.log(a.b.c);
} catch (e) {
  console.log(e.message);
}
