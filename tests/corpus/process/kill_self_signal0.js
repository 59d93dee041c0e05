// kill(pid, 0) tests that a process exists; a bad signal name throws.
console.log(process.kill(process.pid, 0));
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.name, e.message); }
try { process.kill('abc'); } catch (e) { console.log(e.code, e.message); }
try { process.kill(999999, 0); } catch (e) { console.log(e.code, e.syscall, e.errno, e.message); }
