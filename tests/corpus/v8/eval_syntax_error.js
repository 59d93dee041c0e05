// eval('1 +'): a SyntaxError object that can be caught.
try {
  eval('1 +');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
