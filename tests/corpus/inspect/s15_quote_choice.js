console.log(["it's", 'say "hi"', `both ' and "`, 'all \' " `', 'back`tick', '']);
console.log({ a: "it's", b: 'say "hi"', c: `both ' and "`, d: 'all \' " ` ${x}' });
console.log(require('util').inspect("it's"));
console.log(require('util').inspect('a\'b"c`d'));
console.log(['\n', '\t', '\\', '\x00', '\x7f', '\u200b', '\ud83d\ude00', '\u001b[31m']);
console.log({ 'key\'s': 1, 'key"s': 2, 'a-b': 3, a_b: 4, '1a': 5, $a: 6, 'ü': 7, '': 8 });
console.log(new Map([["it's", 'x"y']]));
