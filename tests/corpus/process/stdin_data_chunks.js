// Piped stdin (stdin_data_chunks.stdin): Buffers in 'data', then 'end' and 'close'.
const chunks = [];
process.stdin.on('data', (chunk) => {
  chunks.push(chunk);
  console.log('data', Buffer.isBuffer(chunk), chunk.length, JSON.stringify(chunk.toString()));
});
process.stdin.on('end', () => console.log('end', Buffer.concat(chunks).length, process.stdin.readableEnded));
process.stdin.on('close', () => console.log('close', process.stdin.destroyed));
process.on('exit', (code) => console.log('exit', code));
