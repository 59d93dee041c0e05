const util = require('util');
const deep = { l1: { l2: { l3: { l4: { l5: { l6: 'bottom' } } } } } };
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: Infinity }));
console.log(util.inspect(deep, { depth: 0 }));
console.log(util.inspect(deep, { depth: -1 }));
console.log(util.inspect([[[[[[1]]]]]], { depth: null }));
console.log(util.inspect(deep, false, null));
console.log(util.inspect(deep, false, 3, false));
