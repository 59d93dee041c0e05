const util = require('util');
const exec = util.promisify(require('child_process').exec);
(async () => {
  const { stdout } = await exec('echo promisified');
  console.log('stdout:', stdout.trim());
  try { await exec('exit 2'); } catch (e) { console.log('failed with', e.code); }
})();
