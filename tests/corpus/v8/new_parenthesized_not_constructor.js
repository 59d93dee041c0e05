const make = () => ({ ok: true });
try {
  new (make)();
} catch (e) {
  console.log(e.message);
}
try {
  const thing = new (async function load() {})();
} catch (e) {
  console.log(e.message);
}
