// Calling a missing method on a parenthesized object literal: V8 prints it as {}.
try {
  ({}).go();
} catch (e) {
  console.log(e.message);
}
