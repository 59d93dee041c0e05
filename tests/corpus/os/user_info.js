// userInfo(): a null-prototype object with uid, gid, username, homedir, shell.
const os = require('os');
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u));
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
console.log(u.homedir === os.homedir());
