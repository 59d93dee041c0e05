// The same ambiguity in code compiled at run time: eval and new Function.
for (const code of ['-2 ** 2', 'typeof x.y ** 3', '(-2) ** 2', '!(a)[0] ** 2']) {
  try {
    console.log(code, '=>', eval(code));
  } catch (e) {
    console.log(code, '=>', e.name, e.message);
  }
}
try {
  new Function('n', 'return -n ** 2');
} catch (e) {
  console.log(String(e));
}
