// 'abc'.normalize('x'): an unknown normalization form.
try {
  'abc'.normalize('x');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
