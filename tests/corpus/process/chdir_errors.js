// chdir to a missing folder is a uv error with Node's words; a non-string is ERR_INVALID_ARG_TYPE.
try {
  process.chdir('/no/such/dir');
} catch (e) {
  console.log(e.message.replace(process.cwd(), 'CWD'));
  console.log(e.code, e.errno, e.syscall, e.path === process.cwd(), e.dest);
}
try {
  process.chdir(42);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  process.chdir(__filename);
} catch (e) {
  console.log(e.code, e.message.replace(__filename, 'FILE').replace(process.cwd(), 'CWD'));
}
