// Blob size, type and text() from strings and buffers.
(async () => {
  const { Blob } = require('buffer');
  const blob = new Blob(['héllo ', Buffer.from('wörld'), new Uint8Array([33])], { type: 'Text/Plain' });
  console.log(blob.size, JSON.stringify(blob.type));
  console.log(await blob.text());
  console.log(new Blob([]).size, JSON.stringify(await new Blob().text()));
  console.log(blob instanceof Blob, Blob === globalThis.Blob);
})();
