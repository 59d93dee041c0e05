const crypto = require('crypto');
console.log(crypto.createHmac('sha256', 'key').update('msg').digest('hex'));
console.log(crypto.hash('sha1', 'abc'), crypto.hash('md5', 'abc', 'base64'));
console.log(crypto.hash('sha256', Buffer.from('abc'), 'buffer').length);
try { crypto.hash('nope', 'x'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHmac('sha256'); } catch (e) { console.log(e.code, e.message); }
try { crypto.createHash('nope'); } catch (e) { console.log(e.code, e.message); }
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().length);
