// Once module syntax makes the file an ES module, require is not defined.
import os from 'os';
console.log(typeof os.EOL);
const fs = require('fs');
console.log(fs);
