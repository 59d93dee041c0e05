// HKDF's checks in Node's words.
const crypto = require('crypto');
const tries = {
  tooLong: () => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1),
  unknownDigest: () => crypto.hkdfSync('nope', 'k', 's', 'i', 16),
  noLength: () => crypto.hkdfSync('sha256', 'k', 's', 'i'),
  numberKey: () => crypto.hkdfSync('sha256', 5, 's', 'i', 16),
  nullSalt: () => crypto.hkdfSync('sha256', 'k', null, 'i', 16),
  bigInfo: () => crypto.hkdfSync('sha256', 'k', 's', 'x'.repeat(1025), 16),
  fractionLength: () => crypto.hkdfSync('sha256', 'k', 's', 'i', 1.5),
  numberDigest: () => crypto.hkdfSync(256, 'k', 's', 'i', 16),
  noCallback: () => crypto.hkdf('sha256', 'k', 's', 'i', 16),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    f();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
crypto.hkdf('shake256', 'k', 's', 'i', 16, function (err, bits) {
  console.log('callback', this.constructor.name, err.message, bits);
});
crypto.pbkdf2('p', 's', 1, 16, 'shake128', (err, key) => console.log('pbkdf2 callback', err.message, key));
