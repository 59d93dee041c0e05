// writev gathers buffers into one write, readv scatters one read over buffers; fsync/fdatasync check the descriptor.
const fs = require('fs');
const f = 'tmp_fsync_readv_writev.txt';
const fd = fs.openSync(f, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('hello '), Buffer.from('vector'), new Uint8Array([33])]));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
const a = Buffer.alloc(5);
const b = Buffer.alloc(4);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), b.toString());
console.log(fs.readvSync(fd, [Buffer.alloc(3)], 11));
try { fs.fsyncSync(9999); } catch (e) { console.log(e.message, e.code); }
try { fs.fdatasyncSync(9999); } catch (e) { console.log(e.message, e.syscall); }
try { fs.writevSync(fd, 'nope'); } catch (e) { console.log(e.code, e.message); }
fs.writev(fd, [Buffer.from('AB'), Buffer.from('CD')], 0, (err, written, buffers) => {
  console.log('writev cb', err, written, buffers.length);
  fs.fsync(fd, (err2) => {
    console.log('fsync cb', err2);
    fs.readv(fd, [Buffer.alloc(2), Buffer.alloc(2)], 0, (err3, read, bufs) => {
      console.log('readv cb', err3, read, bufs.map(String));
      const { promisify } = require('util');
      promisify(fs.readv)(fd, [Buffer.alloc(3)], 4).then((r) => {
        console.log('promisified', r.bytesRead, String(r.buffers[0]));
        fs.closeSync(fd);
        fs.unlinkSync(f);
      });
    });
  });
});
