// stream.compose: several streams as one Duplex.
const { compose, Transform, Readable } = require('stream');
const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const exclaim = new Transform({ transform(c, e, cb) { cb(null, String(c) + '!'); } });
const both = compose(upper, exclaim);
both.on('data', (c) => console.log('data', String(c)));
both.on('end', () => console.log('end'));
both.write('hi');
both.end('there');
