const { exec } = require('child_process');
setTimeout(() => console.log('timeout 1'), 1);
exec('echo done', (err, out) => {
  console.log('exec', out.trim());
  setTimeout(() => console.log('timeout after exec'), 0);
  setImmediate(() => console.log('immediate after exec'));
});
