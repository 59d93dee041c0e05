// Lone surrogates are escaped as \uXXXX; surrogate pairs are kept.
console.log(['a\ud800b', 'x\udc00', '\ud83d\ude00']);
