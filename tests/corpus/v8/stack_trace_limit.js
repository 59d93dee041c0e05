// Error.stackTraceLimit = 1 keeps only the innermost frame.
Error.stackTraceLimit = 1;
function a() {
  b();
}
function b() {
  throw new Error('limited');
}
try {
  a();
} catch (e) {
  console.log(e.stack.split(__dirname).join('$DIR'));
}
