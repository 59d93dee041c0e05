console.log(["it's", 'say "hi"', `both ' and "`, 'all \' " `', 'back`tick']);
console.log({ s: "it's" }, { s: 'He said "no"' }, { s: `'"\`` });
console.log(['tab\there', 'nl\nhere', 'esc\x1B[31m', 'nul\0', 'bell\x07', 'del\x7F', 'uni\u200b']);
console.log(['\ud800', '\udc00x', 'ok\ud83d\ude00']);
console.log('top level \x1B and \ud800 are raw');
