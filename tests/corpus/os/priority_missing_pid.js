// uv_os_getpriority/setpriority on a pid that is no process: ERR_SYSTEM_ERROR from lib/os.js,
// with errno, syscall and info (accessors over info).
const os = require('os');
for (const call of [() => os.getPriority(999999), () => os.setPriority(999999, 5)]) {
  try {
    call();
  } catch (err) {
    console.log(err.name, err.code, err.message);
    console.log(Object.keys(err), err.errno, err.syscall, err.info);
    console.log(err.stack.split('\n').slice(0, 2).join('\n'));
  }
}
console.log(os.getPriority(), os.getPriority(process.pid));
os.setPriority(process.pid, 7);
console.log(os.getPriority(0));
