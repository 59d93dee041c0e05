for (const [input, base] of [['nope'], ['/path'], ['/path', 'also nope'], ['http://exa mple.com'], ['http://[::1']]) {
  try {
    new URL(input, base);
  } catch (e) {
    console.log(e.name, e.code, e.message, JSON.stringify(e.input), JSON.stringify(e.base), e instanceof TypeError);
  }
}
console.log(URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://y/'));
try { new URL(); } catch (e) { console.log(e.code, e.message); }
