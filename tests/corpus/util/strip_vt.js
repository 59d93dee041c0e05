// stripVTControlCharacters and toUSVString.
const util = require('util');
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m')));
console.log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')));
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
