const util = require('util');
const exec = util.promisify(require('child_process').exec);
(async () => {
  const { stdout, stderr } = await exec('echo ok');
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  try { await exec('echo partial; exit 2'); } catch (e) {
    console.log(e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), e instanceof Error, e.cmd);
  }
})();
