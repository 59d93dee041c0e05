// Reading a let before its declaration: the temporal dead zone.
try {
  console.log(x);
  let x = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
