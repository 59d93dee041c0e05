// 'x'.repeat(-1): invalid count value.
try {
  'x'.repeat(-1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
