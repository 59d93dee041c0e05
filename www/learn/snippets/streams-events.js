// A readable stream emits 'data' for each chunk, then 'end', then 'close'.
const { Readable } = require('stream');

const stream = Readable.from(['a', 'b', 'c']);
stream.on('data', (chunk) => console.log('data', chunk));
stream.on('end', () => console.log('end'));
stream.on('close', () => console.log('close'));
console.log('listeners attached: nothing has flowed yet');
