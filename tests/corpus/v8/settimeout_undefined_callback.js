// setTimeout with no callback at all.
try {
  setTimeout();
} catch (e) {
  console.log(e.code + ': ' + e.message);
}
