// fetch on a machine that reaches no network: `TypeError: fetch failed` with the cause
// (a host name does not resolve, nothing listens on localhost), data: URLs answered, a bad
// URL rejected at once.
const urls = ['https://api.github.com/users/octocat', 'http://localhost:3000/todos', 'http://127.0.0.1:8080', 'ftp://x.y/', 'about:blank'];
(async () => {
  for (const u of urls) {
    try {
      await fetch(u);
      console.log('ok', u);
    } catch (e) {
      console.log(u, '->', e.name, e.message, '| cause:', e.cause && e.cause.message, e.cause && e.cause.code, Object.keys(e.cause));
    }
  }
  try { await fetch('not a url'); } catch (e) { console.log(e.name, e.message, e.cause.name, e.cause.message); }
  const r = await fetch('data:application/json,{"a":1}');
  console.log(r.status, r.statusText, r.ok, await r.json(), [...r.headers]);
  const r2 = await fetch('data:text/plain;base64,aGVsbG8gd29ybGQ=');
  console.log(await r2.text(), r2.url);
  fetch('https://example.com/').then((res) => console.log(res.status)).catch((err) => console.log(err));
})();
