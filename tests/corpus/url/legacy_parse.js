const url = require('url');
console.log(url.parse('http://user:pass@Host.COM:8080/p/a/t/h?query=string#hash'));
console.log(url.parse('/just/a/path?x=1&y=2', true));
console.log(url.parse('mailto:someone@example.com'));
console.log(url.parse('//host/path', false, true));
console.log(url.parse('//host/path'));
console.log(url.parse('https://example.com'));
console.log(url.parse('http://x.com/a b\\c?d e#f g'));
console.log(url.parse('javascript:alert(1)'));
console.log(url.parse('http://[::1]:3000/x').hostname);
console.log(url.parse('  HTTP://EX.com  ').href);
try { url.parse(42); } catch (e) { console.log(e.code, e.message); }
