const snippets = [
  'let x = -2 ** 2;',
  'foo(1, 2',
  'if (a) {',
  'let let = 1;',
  'const = 5;',
  'var 1a = 2;',
  'return 5',
  'a => { ]',
  '{"a": 1,}',
];
for (const code of snippets) {
  try {
    eval(code);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
for (const body of ['return -x ** 2', 'return (', 'x +']) {
  try {
    new Function('x', body);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
