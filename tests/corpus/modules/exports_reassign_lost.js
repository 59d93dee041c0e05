// Reassigning `exports` inside a module exports nothing; properties on module.exports are kept.
const m = require('./_exports_reassigned');
console.log(JSON.stringify(m));
