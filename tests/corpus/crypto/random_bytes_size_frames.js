// randomBytes' checks throw from Node's assertSize under randomBytes.
const crypto = require('crypto');
for (const args of [[-1], ['8'], [NaN], [2 ** 31], [4, 'not a function']]) {
  try {
    crypto.randomBytes(...args);
  } catch (e) {
    console.log(e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.'));
  }
}
