// Unbounded recursion: RangeError "Maximum call stack size exceeded".
function down(n) {
  return down(n + 1);
}
try {
  down(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
