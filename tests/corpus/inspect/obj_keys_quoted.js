// Keys that are not identifiers are quoted.
console.log({ 'a-b': 1, 'c d': 2, '1x': 3, _ok: 4, $dollar: 5, '': 6, ok9: 7 });
