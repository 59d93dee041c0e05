// The error in a template literal reads `${e}` as "TypeError: message".
let x;
try {
  x.length;
} catch (e) {
  console.log(`caught: ${e}`);
}
