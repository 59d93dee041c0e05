// eval of a duplicate let declaration.
try {
  eval('let q = 1; let q = 2;');
} catch (e) {
  console.log(e.message);
}
