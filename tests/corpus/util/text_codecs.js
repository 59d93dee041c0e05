// util re-exports the global TextEncoder and TextDecoder.
const util = require('util');
console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
const bytes = new util.TextEncoder().encode('héllo');
console.log(bytes.length, new util.TextDecoder().decode(bytes));
