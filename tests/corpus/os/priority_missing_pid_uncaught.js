// An uncaught ERR_SYSTEM_ERROR: Node's throw site in lib/os.js, then the error with its info.
require('os').setPriority(999999, 1);
