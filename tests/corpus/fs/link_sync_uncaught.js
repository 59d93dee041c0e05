// An uncaught linkSync failure ends the process at Node's throw site in lib/fs.js.
const fs = require('fs');
fs.linkSync('no_such_file_for_link.txt', 'link_target_never_made.txt');
