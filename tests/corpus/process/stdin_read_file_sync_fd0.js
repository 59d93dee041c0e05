// fs.readFileSync(0) reads the whole piped stdin at once, synchronously; fstat says a pipe.
const fs = require('fs');
const st = fs.fstatSync(0);
console.log(st.isFIFO(), st.isFile(), st.size);
const text = fs.readFileSync(0, 'utf8');
console.log(JSON.stringify(text));
console.log(text.split('\n').filter(Boolean).map((w) => w.toUpperCase()).join(' '));
