// ChildProcess.unref() takes its ProcessWrap off the list; its pipes stay (and keep the loop
// alive). With stdio 'ignore' or 'inherit' there are no pipes.
const { spawn } = require('child_process');
const show = (label) => console.log(label, process.getActiveResourcesInfo().join(), '|',
  process._getActiveHandles().map((h) => h.constructor.name).join());
const quiet = spawn('sleep', ['0.05'], { stdio: 'ignore' });
show('ignore');
quiet.unref();
show('unref');
quiet.ref();
show('ref again');
const loud = spawn('sleep', ['0.05'], { stdio: ['pipe', 'inherit', 'inherit'] });
show('stdin pipe');
loud.unref();
show('second unref');
quiet.on('exit', () => show('quiet exit'));
