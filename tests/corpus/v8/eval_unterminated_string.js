// eval of an unterminated string.
try {
  eval('"abc');
} catch (e) {
  console.log(e.message);
}
