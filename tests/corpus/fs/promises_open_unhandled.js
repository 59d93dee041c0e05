// An unhandled rejection of fsPromises.open is reported where lib/internal/fs/promises.js
// awaits the open.
const fsp = require('fs/promises');
fsp.open('nope-open.txt', 'r');
