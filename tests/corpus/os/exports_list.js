// The names os exports, in Node's order.
const os = require('os');
console.log(Object.keys(os));
