try {
  new Array(-1);
} catch (e) {
  console.log(e.name, e.message);
}
const size = 2.5;
const a = new Array(size);
