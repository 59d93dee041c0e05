// Calling a class without `new`: an anonymous class has no name in V8's message.
for (const f of [() => (class {})(), () => (class Named {})(), () => { const K = class {}; K(); }]) {
  try {
    f();
  } catch (e) {
    console.log(e.message);
  }
}
(class {})();
