// Destructuring what a function returned (undefined).
function load() {}
try {
  const { id, name } = load();
} catch (e) {
  console.log(e.message);
}
