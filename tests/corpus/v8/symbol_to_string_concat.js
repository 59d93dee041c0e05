// Symbol() + '' cannot convert the symbol to a string.
try {
  console.log(Symbol() + '');
} catch (e) {
  console.log(e.message);
}
