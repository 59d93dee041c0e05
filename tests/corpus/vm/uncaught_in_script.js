// An error escaping a script ends the process, with the arrow in the script.
const vm = require('vm');
console.log('before');
vm.runInNewContext('const a = 1;\nthrow new Error("oops from " + a)', {}, 'my-script.js');
