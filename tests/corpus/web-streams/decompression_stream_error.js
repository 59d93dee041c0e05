// Corrupt input to a DecompressionStream: the reader's read rejects with zlib's error.
(async () => {
  const ds = new DecompressionStream('gzip');
  const writer = ds.writable.getWriter();
  writer.write(new TextEncoder().encode('this is not gzip')).catch((err) => console.log('write rejected:', err.message));
  writer.close().catch((err) => console.log('close rejected:', err.code));
  const reader = ds.readable.getReader();
  try {
    await reader.read();
  } catch (err) {
    console.log('read rejected:', err.message, err.code, err.errno);
  }
})();
