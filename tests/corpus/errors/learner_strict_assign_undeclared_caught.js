'use strict';
for (const src of ['x = 0', 'y=1', 'let a = z = 3']) {
  try {
    eval(src);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
try {
  undeclared = 1;
} catch (e) {
  console.log(e.message, e.stack.split('\n')[1].replace(__dirname, '.'));
}
