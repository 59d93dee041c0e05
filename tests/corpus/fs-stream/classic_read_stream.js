// The classic: read a big file with a stream, logging each chunk's length (64 KiB chunks).
const fs = require('fs');
const stream = fs.createReadStream('bigfile.txt');
stream.on('data', (chunk) => console.log('chunk', chunk.length));
stream.on('end', () => console.log('end'));
stream.on('close', () => console.log('close'));
console.log('reading...');
