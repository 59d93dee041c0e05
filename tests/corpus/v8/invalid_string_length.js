// 'x'.repeat of a huge count: Invalid string length (no memory is allocated).
try {
  'x'.repeat(2 ** 30);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
