// BigInt('abc') is a SyntaxError.
try {
  BigInt('abc');
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
