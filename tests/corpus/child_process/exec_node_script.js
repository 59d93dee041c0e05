// exec can run node on a file; the child has its own process.argv.
const { exec } = require('child_process');
exec('node _child_args.js a b', (err, stdout) => {
  console.log(err, stdout.trim());
});
