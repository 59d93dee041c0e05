// pid and ppid are positive integers and differ.
console.log(typeof process.pid, Number.isInteger(process.pid), process.pid > 0);
console.log(typeof process.ppid, Number.isInteger(process.ppid), process.ppid > 0);
console.log(process.pid !== process.ppid);
console.log(typeof process.getuid(), typeof process.getgid(), typeof process.geteuid(), typeof process.getegid());
console.log(Array.isArray(process.getgroups()));
console.log(typeof process.umask(), process.umask().toString(8).length <= 4);
