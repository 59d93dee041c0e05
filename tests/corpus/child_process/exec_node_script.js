// exec can run node on a file or on code; the child has its own process.argv.
const { exec } = require('child_process');
exec('node _child_args.js a b', (err, stdout) => {
  console.log(err, stdout.trim());
  exec('node -e "console.log(process.argv.length, process.argv.slice(1))" x y', (err, stdout) => {
    console.log('eval argv:', stdout.trim());
  });
});
