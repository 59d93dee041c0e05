// userInfo ignores options that are not an object.
const os = require('os');
for (const o of [5, null, 'buffer']) console.log(Object.keys(os.userInfo(o)), typeof os.userInfo(o).username);
