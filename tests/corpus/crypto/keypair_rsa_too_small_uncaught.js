const { generateKeyPairSync } = require('crypto');
function makeKeys(bits) {
  return generateKeyPairSync('rsa', { modulusLength: bits });
}
makeKeys(384);
