const crypto = require('crypto');
console.log(crypto.createHash('sha256'));
console.log(crypto.createHmac('sha256', 'k'));
console.log(crypto.webcrypto, Object.prototype.toString.call(globalThis.crypto));
console.log(typeof crypto.createHash('md5').pipe, crypto.createHash('md5') instanceof require('stream').Transform);
