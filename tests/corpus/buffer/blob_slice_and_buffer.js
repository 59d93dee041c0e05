// Blob slice() by byte range, arrayBuffer() and content types.
(async () => {
  const blob = new Blob(['abcdef']);
  console.log(await blob.slice(1, 3).text(), await blob.slice(-2).text(), await blob.slice(4, 2).text());
  console.log(JSON.stringify(blob.slice(0, 1, 'x/y').type));
  const ab = await blob.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab));
  console.log(JSON.stringify(new Blob(['x'], { type: 'bad\u0001type' }).type));
})();
