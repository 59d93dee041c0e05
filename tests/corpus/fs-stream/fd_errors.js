// Errors of the descriptor API.
const fs = require('fs');
const show = (e) => console.log(e.name, e.code, e.errno, e.syscall, e.path, '|', e.message);
try { fs.openSync('missing.txt', 'r'); } catch (e) { show(e); }
try { fs.openSync('file.txt', 'bogus'); } catch (e) { show(e); }
try { fs.readSync(12345, Buffer.alloc(1)); } catch (e) { show(e); }
try { fs.readSync('x', Buffer.alloc(1)); } catch (e) { show(e); }
try { fs.openSync('file.txt', 'wx'); } catch (e) { show(e); }
const fd = fs.openSync('file.txt', 'r');
try { fs.writeSync(fd, 'nope'); } catch (e) { show(e); }
fs.closeSync(fd);
fs.read(999, Buffer.alloc(2), 0, 2, 0, (err) => show(err));
fs.close(998, (err) => show(err));
