// A missing method on the result of an IIFE: "(intermediate value)(...).go".
try {
  (function () {
    return {};
  })().go();
} catch (e) {
  console.log(e.message);
}
