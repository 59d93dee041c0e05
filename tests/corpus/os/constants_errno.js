// os.constants.errno: Linux's errno values, and the other constant groups.
const os = require('os');
const { errno } = os.constants;
console.log(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EADDRINUSE, errno.ECONNREFUSED);
console.log(Object.keys(os.constants));
console.log(os.constants.priority);
console.log(os.constants.dlopen.RTLD_LAZY, os.constants.UV_UDP_REUSEADDR);
