// Indexing undefined with a number: the key is printed as '0'.
let rows;
try {
  rows[0];
} catch (e) {
  console.log(e.message);
}
