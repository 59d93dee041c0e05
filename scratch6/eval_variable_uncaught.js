function runUserCode(code) {
  return eval(code);
}
console.log(runUserCode('1 + 2'));
const code = 'console.log("hi"';
runUserCode(code);
