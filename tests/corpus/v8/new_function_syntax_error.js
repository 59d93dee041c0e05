// new Function('{'): the body fails to parse.
try {
  new Function('{');
} catch (e) {
  console.log(e instanceof SyntaxError, e.message);
}
