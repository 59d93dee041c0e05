const base = 'http://example.com/dir/sub/page.html?q=1#top';
for (const rel of ['other.html', '../up.html', '/root', '//cdn.net/x', '?only=query', '#frag', '', './a/./b/../c', 'https://other.org']) {
  console.log(JSON.stringify(rel), '->', new URL(rel, base).href);
}
console.log(new URL('/x', new URL('https://a.com/y')).href);
