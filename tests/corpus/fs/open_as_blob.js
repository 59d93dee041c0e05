// fs.openAsBlob resolves to a Blob of the file's bytes, with the type given.
const fs = require('fs');
const f = 'tmp_open_as_blob.txt';
fs.writeFileSync(f, 'blob body');
fs.openAsBlob(f, { type: 'text/plain' }).then(async (blob) => {
  console.log(blob instanceof Blob, blob.size, blob.type);
  console.log(await blob.text());
  console.log(Buffer.from(await blob.slice(0, 4).arrayBuffer()).toString());
  fs.unlinkSync(f);
});
