// util.promisify(exec) resolves with { stdout, stderr } and rejects with an error that has both.
const util = require('util');
const exec = util.promisify(require('child_process').exec);
(async () => {
  const { stdout, stderr } = await exec('echo promised');
  console.log(JSON.stringify(stdout), JSON.stringify(stderr));
  try {
    await exec('echo partial; exit 9');
  } catch (err) {
    console.log(err.code, JSON.stringify(err.stdout), JSON.stringify(err.stderr));
  }
})();
