// A bad escape sequence inside a string.
try {
  JSON.parse('"a\\x"');
} catch (e) {
  console.log(e.message);
}
