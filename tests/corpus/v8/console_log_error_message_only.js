// String(e) and e.name for engine errors.
const list = [];
try {
  list[0].id;
} catch (e) {
  console.log(String(e));
  console.log(e.name, e instanceof TypeError);
}
