const os = require('os');
const u = os.userInfo();
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, typeof u.shell);
console.log(os.userInfo({ encoding: 'buffer' }).username instanceof Buffer);
console.log(typeof os.networkInterfaces(), Array.isArray(os.networkInterfaces().lo));
console.log(os.cpus().every((c) => typeof c.model === 'string' && typeof c.speed === 'number' && Object.keys(c.times).join() === 'user,nice,sys,idle,irq'));
