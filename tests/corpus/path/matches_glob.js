// path.matchesGlob (experimental in Node 20): *, **, ?, classes, braces, extglobs, dotfiles.
const path = require('path');
const cases = [
  ['a/b.js', 'a/*.js'], ['a/b/c.js', 'a/*.js'], ['a/b/c.js', 'a/**/*.js'], ['a/c.js', 'a/**/*.js'], ['a/.b.js', 'a/*.js'],
  ['a/.b/c.js', 'a/**/*.js'], ['a/', 'a/*'], ['a', 'a/**'], ['a/b', 'a/**'], ['a/b', 'a/b/'], ['a/b/', 'a/b'],
  ['abc', 'a?c'], ['ac', 'a?c'], ['a.js', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['x3', 'x{1..5}'], ['x7', 'x{1..5}'],
  ['b', '[abc]'], ['d', '[!abc]'], ['D', '[a-z]'], ['', ''], ['a', ''], ['/a/b', '/a/*'], ['a/b', './a/b'],
  ['a/b', 'a/./b'], ['a/b', 'a/c/../b'], ['.', '*'], ['.hidden', '*'], ['.hidden', '.*'], ['a/b', '**'],
  ['foo.txt', '@(foo|bar).txt'], ['baz.txt', '!(foo|bar).txt'], ['foo.txt', '!(foo|bar).txt'], ['foofoo', '+(foo)'],
  ['a/b', 'a\\b'], ['A.JS', '*.js'], ['a/b/c/d', 'a/**/d'], ['a/b/c/d', '**/c/*'], ['a[b', 'a[b'], ['ab', '[[:alpha:]]b'],
  ['src/index.test.ts', 'src/**/*.test.{js,ts}'], ['lib/a.test.js', 'src/**/*.test.{js,ts}'],
];
for (const [p, g] of cases) console.log(JSON.stringify(p), JSON.stringify(g), path.matchesGlob(p, g));
console.log(path.win32.matchesGlob('a\\b\\c.js', 'a/**/*.js'), path.posix.matchesGlob('a\\b', 'a\\b'));
try { path.matchesGlob(1, '*'); } catch (e) { console.log(e.code, e.message); }
try { path.matchesGlob('a', null); } catch (e) { console.log(e.code, e.message); }
