// The os module as an ES module: named exports and the default.
import os, { platform, EOL, constants } from 'node:os';
console.log(platform(), JSON.stringify(EOL), constants === os.constants, typeof os.cpus);
