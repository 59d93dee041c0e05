const { Blob } = require('buffer');
const blob = new Blob(['hello ', 'world', Buffer.from('!')], { type: 'Text/Plain' });
console.log(blob, blob.size, blob.type);
const part = blob.slice(0, 5);
console.log(part, part.type);
console.log(blob.slice(-6, -1, 'application/x-Test'));
console.log(blob.slice(3), blob.slice(100), blob.slice(5, 2));
(async () => {
  console.log(await blob.text());
  console.log(await part.text());
  const ab = await blob.arrayBuffer();
  console.log(ab, ab.byteLength);
  console.log(await new Blob([]).text(), await new Blob([new Uint16Array([0x6968])]).text());
  console.log(new Blob([new Blob(['nested'])]).size);
  console.log(await blob.slice(6, 11).text());
  console.log(Object.prototype.toString.call(blob));
  console.log({ blob });
})();
