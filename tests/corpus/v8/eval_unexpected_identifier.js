// eval of two identifiers in a row.
try {
  eval('let a = 1 b');
} catch (e) {
  console.log(e.message);
}
