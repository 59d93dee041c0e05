const fs = require('node:fs');
fs.writeFileSync('.env', 'PORT=3000\nHOME_OVERRIDE=nope\nNAME="looplab"\n');
process.env.HOME_OVERRIDE = 'kept';
process.loadEnvFile();
console.log(process.env.PORT, process.env.HOME_OVERRIDE, process.env.NAME, typeof process.env.PORT);
fs.writeFileSync('custom.env', 'CUSTOM=yes');
process.loadEnvFile('custom.env');
console.log(process.env.CUSTOM, process.loadEnvFile.length);
try { process.loadEnvFile('missing.env'); } catch (err) { console.log(err.code, err.syscall, err.errno, err.path, err.message); }
try { process.loadEnvFile(5); } catch (err) { console.log(err.code, err.message); }
fs.unlinkSync('.env'); fs.unlinkSync('custom.env');
