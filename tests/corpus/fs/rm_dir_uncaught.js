// rmSync on a directory without recursive: ERR_FS_EISDIR, a SystemError, uncaught.
const fs = require('fs');
fs.rmSync('fixtures');
