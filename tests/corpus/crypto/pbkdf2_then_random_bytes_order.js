// Two small crypto jobs finish in the order they were submitted (pbkdf2 first).
const crypto = require('crypto');
crypto.pbkdf2('secret', 'salt', 1, 32, 'sha256', () => console.log('pbkdf2'));
crypto.randomBytes(16, () => console.log('randomBytes'));
