const url = require('url');
console.log(url.format({ protocol: 'https', hostname: 'example.com', pathname: '/some/path', query: { page: 1, format: 'json' } }));
console.log(url.format({ protocol: 'mailto', pathname: 'a@b.c' }));
console.log(url.format({ host: 'h.com:81', pathname: 'x#y?z', search: 'q=1', hash: 'top' }));
console.log(url.format('http://EX.com/a?b#c'));
console.log(url.format(new URL('https://u:p@xn--fiq228c.com/?a=1#z'), { auth: false, fragment: false, search: false }));
console.log(url.format(new URL('https://u:p@xn--fiq228c.com/?a=1#z'), { unicode: true }));
const pairs = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://example.com/a/b/c', '../d'], ['http://example.com/a/b/c', '../../../../d'], ['http://a.com/b', '//c.com/d'],
  ['http://a.com/b?x', '?y'], ['http://a.com/b#x', '#y'], ['http://a.com/b', 'https://z.org'], ['mailto:a@b.com', 'c@d.com'],
  ['a/b/c', '../../..'], ['http://a.com/b/', '.'], ['http://a.com/b/c', ''],
];
for (const [from, to] of pairs) console.log(JSON.stringify([from, to]), '->', url.resolve(from, to));
console.log(url.domainToASCII('español.com'), url.domainToUnicode('xn--espaol-zwa.com'), JSON.stringify(url.domainToASCII('xn--iñvalid.com')));
console.log(url.urlToHttpOptions(new URL('https://a:b@[::1]:99/p?q#h')));
