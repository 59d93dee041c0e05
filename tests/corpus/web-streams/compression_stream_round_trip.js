// CompressionStream then DecompressionStream in each format, through pipeThrough.
const formats = ['gzip', 'deflate', 'deflate-raw'];
async function collect(readable) {
  const chunks = [];
  for await (const chunk of readable) chunks.push(chunk);
  return Buffer.concat(chunks);
}
(async () => {
  for (const format of formats) {
    const source = new Blob(['web streams ', 'can compress ', 'too']).stream();
    const packed = await collect(source.pipeThrough(new CompressionStream(format)));
    const unpacked = await collect(new Blob([packed]).stream().pipeThrough(new DecompressionStream(format)));
    console.log(format, packed.length, packed.toString('base64'), unpacked.toString());
  }
})();
