const { Blob } = require('buffer');
(async () => {
  const b = new Blob(['hello ', Buffer.from('world'), new Uint8Array([33])], { type: 'text/plain' });
  console.log(b, b.size, b.type);
  console.log(await b.text(), Buffer.from(await b.arrayBuffer()), await b.slice(0, 5).text(), b.slice(-6, -1, 'x/y'));
  const r = b.stream().getReader(); console.log(await r.read());
  const f = new File(['abc'], 'a.txt', { type: 'text/plain', lastModified: 0 });
  console.log(f, f.name, f.lastModified, f instanceof Blob);
  console.log(new Blob([]).size, new Blob(['€']).size, new Blob([new Blob(['x'])]).size);
})();
