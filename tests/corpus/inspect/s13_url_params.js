const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(u.searchParams, [u.searchParams]);
const sp = new URLSearchParams('a=1&b=2&a=3&empty=');
console.log(sp, sp.keys(), sp.entries(), { sp });
console.log(new URLSearchParams(), new URL('file:///tmp/x.txt'));
console.log(require('util').inspect(u, { depth: 0 }), require('util').inspect({ u }, { depth: 0 }));
