// duplexPair: what one side writes, the other side reads.
const { duplexPair } = require('stream');
const [a, b] = duplexPair();
b.on('data', (c) => console.log('b got', String(c)));
a.on('data', (c) => console.log('a got', String(c)));
a.write('ping');
b.write('pong');
a.end();
b.on('end', () => console.log('b end'));
