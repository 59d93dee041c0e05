// Syntax errors are thrown by new vm.Script, before anything runs.
const vm = require('vm');
for (const code of ['let let = 1', 'var x = ;', 'if (', '}', 'a b']) {
  try {
    new vm.Script(code);
    console.log('compiled', code);
  } catch (e) {
    console.log(e.name + ':', e.message);
  }
}
try {
  vm.runInNewContext('1 +', {});
} catch (e) {
  console.log(e.name, e.message);
}
