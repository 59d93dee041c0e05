// A typo on an array literal method: the callee is printed from the source.
try {
  [1, 2].mapp((x) => x * 2);
} catch (e) {
  console.log(e.message);
}
