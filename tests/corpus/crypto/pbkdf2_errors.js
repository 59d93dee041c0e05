// PBKDF2's argument checks, in Node's order and words.
const crypto = require('crypto');
const tries = {
  unknownDigest: () => crypto.pbkdf2Sync('p', 's', 1, 32, 'nope'),
  shakeDigest: () => crypto.pbkdf2Sync('p', 's', 1, 32, 'shake128'),
  zeroIterations: () => crypto.pbkdf2Sync('p', 's', 0, 32, 'sha256'),
  fractionIterations: () => crypto.pbkdf2Sync('p', 's', 1.5, 32, 'sha256'),
  stringIterations: () => crypto.pbkdf2Sync('p', 's', '1', 32, 'sha256'),
  hugeIterations: () => crypto.pbkdf2Sync('p', 's', 2 ** 31, 32, 'sha256'),
  negativeKeylen: () => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha256'),
  noDigest: () => crypto.pbkdf2Sync('p', 's', 1, 32),
  numberPassword: () => crypto.pbkdf2Sync(1, 's', 1, 32, 'sha256'),
  nullSalt: () => crypto.pbkdf2Sync('p', null, 1, 32, 'sha256'),
  objectSalt: () => crypto.pbkdf2Sync('p', {}, 1, 32, 'sha256'),
  noCallback: () => crypto.pbkdf2('p', 's', 1, 32, 'sha256'),
  badDigestWithCallback: () => crypto.pbkdf2('p', 's', 1, 32, 'bogus', () => console.log('never')),
  digestOmitted: () => crypto.pbkdf2('p', 's', 1, 32, () => console.log('never')),
  digestBeforePassword: () => crypto.pbkdf2Sync(1, 's', 1, 32, 5),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    f();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
