// new Array(1.5) is also an invalid length.
try {
  new Array(1.5);
} catch (e) {
  console.log(e.message);
}
