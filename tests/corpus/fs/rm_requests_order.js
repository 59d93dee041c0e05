// fs.rm makes an lstat, then (if it goes on) rimraf's own lstat and the unlink or rmdir: a
// refused rm calls back after its one request, before an rm of a file started first.
const fs = require('fs');
fs.writeFileSync('rm_requests_order.tmp', 'x');
fs.rm('rm_requests_order.tmp', (e) => {
  console.log('rm file', e);
  fs.rm('nope', { force: true }, (e) => console.log('rm forced', e));
  fs.rm('nope', (e) => console.log('rm missing', e.code));
});
fs.rm('.', (e) => console.log('rm dir', e.code));
