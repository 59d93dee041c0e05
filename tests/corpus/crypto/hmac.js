const { createHmac } = require('node:crypto');
console.log(createHmac('sha256', 'secret').update('message').digest('hex'));
console.log(createHmac('sha1', Buffer.from('key')).update('The quick brown fox jumps over the lazy dog').digest('base64'));
console.log(createHmac('md5', '').update('').digest('hex'));
console.log(createHmac('sha512', 'k'.repeat(200)).update('long key').digest('hex').slice(0, 32));
const m = createHmac('sha256', 'a');
console.log(m.digest('hex').length, JSON.stringify(m.digest('hex')), m.digest());
