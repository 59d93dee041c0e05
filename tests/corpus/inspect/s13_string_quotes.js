const util = require('util');
for (const s of ["plain", "it's", 'say "hi"', "both ' and \"", "all ' \" `", "back`tick", "it's `x`", "${x}", "new\nline", "tab\there", "\u0000\u001f\u007f", "emoji 😀", "\ud800 lone"]) {
  console.log(util.inspect(s));
}
console.log(["it's", 'say "hi"', "all ' \" `"]);
console.log({ k: "it's" }, new Map([["it's", 'v"']]));
