console.log('loading');
const helper = require('./helpers/missing');
console.log(helper);
