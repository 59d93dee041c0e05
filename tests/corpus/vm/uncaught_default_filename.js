// Without a filename, a script is evalmachine.<anonymous>.
const vm = require('vm');
const ctx = vm.createContext({ items: [1, 2] });
vm.runInContext('items.forEach((i) => { if (i > 1) throw new RangeError("too big: " + i); })', ctx);
