// scrypt's checks: Node's validators, then OpenSSL's parameter check.
const { scrypt, scryptSync } = require('crypto');
const tries = {
  negativeKeylen: () => scryptSync('p', 's', -1),
  notPowerOfTwo: () => scryptSync('p', 's', 16, { N: 3 }),
  nOne: () => scryptSync('p', 's', 16, { N: 1 }),
  bothNAndCost: () => scryptSync('p', 's', 16, { N: 16, cost: 16 }),
  bothRAndBlockSize: () => scryptSync('p', 's', 16, { r: 1, blockSize: 1 }),
  tooLittleMemory: () => scryptSync('p', 's', 16, { maxmem: 1 }),
  tooBigN: () => scryptSync('p', 's', 16, { N: 2 ** 20 }),
  stringN: () => scryptSync('p', 's', 16, { N: 'x' }),
  negativeR: () => scryptSync('p', 's', 16, { r: -1 }),
  fractionP: () => scryptSync('p', 's', 16, { p: 1.5 }),
  negativeMaxmem: () => scryptSync('p', 's', 16, { maxmem: -1 }),
  noCallback: () => scrypt('p', 's', 16),
  noCallbackWithOptions: () => scrypt('p', 's', 16, {}),
  badPassword: () => scryptSync(undefined, 's', 16),
};
for (const [name, f] of Object.entries(tries)) {
  try {
    f();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
