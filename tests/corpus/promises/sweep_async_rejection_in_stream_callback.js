const { Readable } = require('stream');
process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
const r = Readable.from(['a']);
r.on('data', async (d) => { console.log('data', d); throw new Error('async data ' + d); });
r.on('end', () => console.log('end'));
