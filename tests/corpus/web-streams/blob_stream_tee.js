// Blob.stream() is a byte stream: its tee gives two byte streams.
(async () => {
  const [x, y] = new Blob(['blob bytes']).stream().tee();
  const readX = x.getReader({ mode: 'byob' });
  const first = await readX.read(new Uint8Array(4));
  console.log(Buffer.from(first.value).toString());
  let rest = '';
  for await (const chunk of y) rest += Buffer.from(chunk).toString();
  console.log(rest);
})();
