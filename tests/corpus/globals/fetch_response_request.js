// Response and Request without a network: status, ok, headers with the body's Content-Type,
// the body read once as text, JSON, bytes or a Blob, and their inspect forms.
async function main() {
  const r = new Response('hello', { status: 201, statusText: 'Created', headers: { 'x-y': 'z' } });
  console.log(r.status, r.ok, r.statusText, r.headers.get('content-type'), r.bodyUsed, r.type, JSON.stringify(r.url), r.redirected);
  console.log(r);
  console.log(await r.text(), r.bodyUsed);
  try { await r.text(); } catch (e) { console.log(e.name, e.message); }
  const j = Response.json({ a: 1, list: [1, 2] }, { status: 404 });
  console.log(j.status, j.ok, j.headers.get('content-type'), await j.json());
  console.log(await new Response('abc').arrayBuffer(), await new Response(new Uint8Array([1, 2])).bytes());
  console.log(await new Response('x').blob(), await new Response(new URLSearchParams({ q: 'a b' })).text());
  console.log(new Response(null).status, new Response().body, new Response('x').body);
  console.log(Response.error().type, Response.error().status, Response.redirect('https://a.b/c', 301).headers.get('location'));
  const req = new Request('https://example.com/api?x=1', { method: 'post', body: 'data', headers: { 'Content-Type': 'application/json' } });
  console.log(req.method, req.url, req.headers.get('content-type'), req.bodyUsed);
  console.log(req);
  console.log(await req.text(), req.bodyUsed, new Request('http://a.b').method, new Request('http://a.b', { method: 'patch' }).method);
  const copy = new Response('twice').clone();
  console.log(await copy.text());
  for (const bad of [() => new Response('x', { status: 99 }), () => new Response('x', { status: 204 }),
    () => new Request('/relative'), () => new Request('http://a.b', { method: 'GET', body: 'x' }), () => Response.redirect('http://a.b', 200)]) {
    try { bad(); } catch (e) { console.log(e.name, e.message, e.cause ? e.cause.message : ''); }
  }
  console.log(Object.prototype.toString.call(r), String(req), typeof Response.json, typeof Response.prototype.formData);
}
main();
