// A readFile racing a writeFile of the same file: Node reads the bytes at the read request,
// after writeFile has written, so both see the new text; the first readFile fstat's the file
// after the truncating open but before the write (size 0), so reads until EOF and comes second.
const fs = require('fs');
fs.writeFileSync('tmp_concurrent', 'hello');
fs.readFile('tmp_concurrent', 'utf8', (e, d) => console.log('1', d));
fs.writeFile('tmp_concurrent', 'bye', () => console.log('written'));
fs.readFile('tmp_concurrent', 'utf8', (e, d) => { console.log('2', d); });
setTimeout(() => { console.log('final', fs.readFileSync('tmp_concurrent', 'utf8')); fs.unlinkSync('tmp_concurrent'); }, 200);
