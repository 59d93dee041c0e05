// The other classic: pipe a file to process.stdout.
const fs = require('fs');
fs.createReadStream('file.txt').pipe(process.stdout);
process.stdout.on('pipe', () => console.log('[stdout got a pipe]'));
