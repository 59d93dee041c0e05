// new Worker(..., { stdout: true, stderr: true }): the thread's output reaches worker.stdout and
// worker.stderr (streams that end with the thread) instead of the process's.
const { Worker } = require('worker_threads');
const w = new Worker('console.log("out line"); console.error("err line"); process.stdout.write("raw\\n")', { eval: true, stdout: true, stderr: true });
let out = '';
w.stdout.setEncoding('utf8');
w.stdout.on('data', (d) => { out += d; });
w.stdout.on('end', () => console.log('stdout ended:', JSON.stringify(out)));
w.stderr.on('data', (d) => console.log('stderr chunk:', JSON.stringify(d.toString())));
w.on('exit', (c) => console.log('exit', c));
console.log(typeof w.stdout.on, w.stdin);
