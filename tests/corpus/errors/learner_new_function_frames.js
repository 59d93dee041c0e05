const add = new Function('a', 'b', 'return a + b + c');
try {
  add(1, 2);
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '.'));
}
