// A syntax error in a script ends the process where it is compiled.
const vm = require('vm');
vm.runInNewContext('var a = {', {}, 'broken.js');
