// A child gets the env and cwd it is given; its exit code comes back.
const { spawn } = require('child_process');
const child = spawn(process.execPath, ['-e', 'console.log(process.env.ONLY_THIS, Object.keys(process.env).includes("HOME")); process.exitCode = 9'], {
  env: { ONLY_THIS: 'yes' },
});
child.stdout.on('data', (d) => process.stdout.write('child: ' + d));
child.on('exit', (code) => console.log('exit', code));
