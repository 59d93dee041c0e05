// timeout stops a runaway script with ERR_SCRIPT_EXECUTION_TIMEOUT.
const vm = require('vm');
try {
  vm.runInNewContext('while (true) {}', {}, { timeout: 20 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  new vm.Script('for (;;) {}').runInThisContext({ timeout: 5 });
} catch (e) {
  console.log(e.code, e.message);
}
console.log(vm.runInNewContext('let s = 0; for (let i = 0; i < 1000; i++) s += i; s', {}, { timeout: 1000 }));
for (const timeout of [-1, 0, 1.5, 'x']) {
  try {
    vm.runInNewContext('1', {}, { timeout });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
