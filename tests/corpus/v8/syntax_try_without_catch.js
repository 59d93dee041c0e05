// A `try` block with neither catch nor finally.
try {
  f();
}
console.log(1);
