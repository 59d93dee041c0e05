// Appending to a file in a missing directory: writeFileSync's frame under appendFileSync's.
const fs = require('fs');
fs.appendFileSync('logs/today.log', Buffer.from('started\n'));
