// How many microtask turns each kind of body read takes to settle (undici 6's consumeBody,
// fullyReadBody and readAllBytes), measured one at a time against a counting microtask.
const bytes = (s) => new TextEncoder().encode(s);
const cases = [
  ['string', () => new Response('{"a":1}').json()],
  ['null body', () => new Response(null).text()],
  ['bytes', () => new Response(bytes('ab')).arrayBuffer()],
  ['params', () => new Response(new URLSearchParams('a=1')).formData()],
  ['blob body', () => new Response(new Blob(['ab'])).blob()],
  ['body touched', () => { const r = new Response('ab'); r.body; return r.text(); }],
  ['start stream', () => new Response(new ReadableStream({ start(c) { c.enqueue(bytes('ab')); c.close(); } })).text()],
  ['pull stream', () => new Response(new ReadableStream({ pull(c) { c.enqueue(bytes('ab')); c.close(); } })).text()],
  ['clone', () => new Response('ab').clone().text()],
  ['original of clone', () => { const r = new Response('ab'); r.clone(); return r.text(); }],
  ['request', () => new Request('http://x/', { method: 'POST', body: 'q' }).text()],
  ['request clone', () => new Request('http://x/', { method: 'POST', body: 'q' }).clone().text()],
  ['bad json', () => new Response('{').json()],
  ['read twice', () => { const r = new Response('x'); r.text(); return r.text(); }],
  ['not a body', () => Response.prototype.text.call({})],
];
function measure(i) {
  if (i === cases.length) return;
  const [label, read] = cases[i];
  let turns = 0;
  let stop = false;
  const count = () => { if (!stop) { turns++; queueMicrotask(count); } };
  queueMicrotask(count);
  read().then(
    (v) => { stop = true; console.log(label, turns, Object.prototype.toString.call(v)); },
    (e) => { stop = true; console.log(label, turns, e.name, e.message); },
  );
  setTimeout(measure, 0, i + 1);
}
measure(0);
console.log(Response.prototype.json, Request.prototype.text);
const log = [];
let p = Promise.resolve();
for (let i = 0; i < 10; i++) { const n = i; p = p.then(() => log.push(n)); }
new Response('{"a":1}').json().then(() => log.push('json'));
new Blob(['x']).text().then(() => log.push('blob text'));
setTimeout(() => console.log(log.join(' ')), 0);
