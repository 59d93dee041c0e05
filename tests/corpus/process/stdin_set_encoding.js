// setEncoding('utf8') turns stdin's chunks into strings, multi-byte characters intact.
process.stdin.setEncoding('utf8');
let text = '';
process.stdin.on('data', (chunk) => {
  console.log(typeof chunk, chunk.length);
  text += chunk;
});
process.stdin.on('end', () => {
  console.log(JSON.stringify(text));
  console.log([...text].length, Buffer.byteLength(text));
});
