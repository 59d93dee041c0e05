// Two small crypto jobs finish in the order they were submitted (randomBytes first).
const crypto = require('crypto');
crypto.randomBytes(16, () => console.log('randomBytes'));
crypto.pbkdf2('secret', 'salt', 1, 32, 'sha256', () => console.log('pbkdf2'));
