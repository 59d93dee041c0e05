// 'x'.repeat(Infinity).
try {
  'x'.repeat(Infinity);
} catch (e) {
  console.log(e.message);
}
