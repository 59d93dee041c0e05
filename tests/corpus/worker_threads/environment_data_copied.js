const { Worker, SHARE_ENV, setEnvironmentData, getEnvironmentData } = require('worker_threads');
setEnvironmentData('key', { v: 1 });
process.env.FOO = 'bar';
const w = new Worker(`
  const { getEnvironmentData } = require('worker_threads');
  console.log(getEnvironmentData('key'), process.env.FOO);
  process.env.FROM_WORKER = 'yes';
`, { eval: true });
w.on('exit', () => console.log('main sees', process.env.FROM_WORKER, getEnvironmentData('key')));
