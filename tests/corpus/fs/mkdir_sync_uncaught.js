// mkdirSync on an existing directory, uncaught: Node's report points into node:fs.
const fs = require('fs');
fs.mkdirSync('fixtures');
