// The KDFs with util.promisify and await, as tutorials hash passwords.
const util = require('util');
const crypto = require('crypto');
const pbkdf2 = util.promisify(crypto.pbkdf2);
const scrypt = util.promisify(crypto.scrypt);
const hkdf = util.promisify(crypto.hkdf);

async function hashPassword(password) {
  const salt = Buffer.from('0123456789abcdef');
  const key = await scrypt(password, salt, 32, { N: 1024 });
  return `${salt.toString('hex')}:${key.toString('hex')}`;
}
async function verify(password, stored) {
  const [salt, hash] = stored.split(':');
  const key = await scrypt(password, Buffer.from(salt, 'hex'), 32, { N: 1024 });
  return crypto.timingSafeEqual(key, Buffer.from(hash, 'hex'));
}
(async () => {
  const stored = await hashPassword('hunter2');
  console.log(stored);
  console.log('right password', await verify('hunter2', stored));
  console.log('wrong password', await verify('hunter3', stored));
  const key = await pbkdf2('pw', 'salt', 1000, 16, 'sha256');
  console.log('pbkdf2', key.toString('hex'));
  const bits = await hkdf('sha256', 'pw', 'salt', 'info', 16);
  console.log('hkdf', Buffer.from(bits).toString('hex'));
  try {
    await pbkdf2('pw', 'salt', 1000, 16, 'md6');
  } catch (e) {
    console.log('rejected?', e.code);
  }
})();
console.log('main done');
