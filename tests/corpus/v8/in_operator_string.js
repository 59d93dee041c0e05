// The in operator on a string.
try {
  console.log('a' in 'abc');
} catch (e) {
  console.log(e.message);
}
