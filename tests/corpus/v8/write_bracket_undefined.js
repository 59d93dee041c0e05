// Setting an indexed element on undefined.
let list;
try {
  list[3] = 'x';
} catch (e) {
  console.log(e.message);
}
