// Node 20.19+ loads an ES module with require(), synchronously; with a default export the
// namespace comes with __esModule.
console.log('before require');
const tools = require('./_tools.mjs');
console.log(tools);
console.log(tools.shout('hi'), tools.version, typeof tools.default, tools === require('./_tools.mjs'));
const plain = require('./_plain.mjs');
console.log(plain, Object.prototype.toString.call(plain));
import('./_tools.mjs').then((ns) => console.log('import() sees the same module:', ns.shout === tools.shout));
