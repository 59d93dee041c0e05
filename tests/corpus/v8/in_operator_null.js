// The `in` operator on null.
const target = null;
try {
  if ('id' in target) console.log('has id');
} catch (e) {
  console.log(e.message);
}
