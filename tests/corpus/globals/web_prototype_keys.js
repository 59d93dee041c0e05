// The web classes' attributes and operations are enumerable, in Node's (and undici's) order,
// so Object.keys and for-in over a prototype or an instance list them.
const classes = [Response, Request, Headers, FormData, Blob, File, URL, URLSearchParams, TextEncoder, TextDecoder];
for (const C of classes) console.log(C.name, Object.keys(C.prototype).join(','));
console.log(Object.keys(Response), Object.keys(Request), Object.getOwnPropertyDescriptor(Request.prototype, 'attribute'));
const inherited = [];
for (const k in new Response('x')) inherited.push(k);
console.log(inherited.join(' '));
const u = new URL('https://example.org/a?b=1#c');
const seen = {};
for (const k in u) if (typeof u[k] === 'string') seen[k] = u[k];
console.log(seen);
