const u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log({ nested: new URL('http://a') });
console.log([new URL('file:///tmp/x.txt')]);
console.log(String(u), JSON.stringify({ u }));
console.log(Object.keys(u), u instanceof URL, Object.prototype.toString.call(u));
