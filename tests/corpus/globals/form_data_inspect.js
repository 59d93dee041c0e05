// FormData and Headers as inspect prints them (undici's custom inspect).
console.log(new Response('x').headers, new Headers({ 'X-Custom': 'a' })); console.log(typeof FormData, new FormData()); const f = new FormData(); f.append('user', 'ann'); f.append('tags', 'a'); f.append('tags', 'b'); console.log(f, f.getAll('tags'), [...f.keys()]);
