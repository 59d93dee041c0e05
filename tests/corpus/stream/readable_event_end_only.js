// A 'readable' listener on an empty ended stream fires once, then 'end'.
const { Readable } = require('stream');
const r = new Readable({ read() { this.push(null); } });
r.on('readable', () => console.log('readable', r.read()));
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
