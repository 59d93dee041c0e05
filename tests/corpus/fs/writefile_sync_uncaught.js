// writeFileSync into a missing directory, uncaught.
const fs = require('fs');
fs.writeFileSync('no_such_dir/file.txt', 'text');
