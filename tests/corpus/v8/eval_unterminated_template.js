// eval of an unterminated template literal.
try {
  eval('`abc');
} catch (e) {
  console.log(e.message);
}
