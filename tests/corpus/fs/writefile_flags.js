const fs = require('fs');
fs.writeFileSync('h12.txt', 'abcdef');
fs.writeFileSync('h12.txt', 'XY', { flag: 'r+' });
console.log(fs.readFileSync('h12.txt', 'utf8'));
fs.writeFileSync('h12.txt', 'Z', { flag: 'a' });
fs.appendFileSync('h12.txt', '!', { flag: 'a+' });
console.log(fs.readFileSync('h12.txt', 'utf8'));
try { fs.writeFileSync('h12.txt', 'no', { flag: 'wx' }); } catch (e) { console.log(e.code, e.syscall, e.message); }
try { fs.writeFileSync('missing-h12.txt', 'no', { flag: 'r+' }); } catch (e) { console.log(e.code, e.message); }
try { fs.appendFileSync('h12.txt', 'no', { flag: 'ax' }); } catch (e) { console.log(e.code, e.message); }
fs.writeFile('h12.txt', 'cb', { flag: 'wx' }, (err) => {
  console.log('cb wx', err.code, err.message);
  fs.promises.writeFile('h12.txt', 'QQ', { flag: 'r+' }).then(() => {
    console.log(fs.readFileSync('h12.txt', 'utf8'));
    return fs.promises.writeFile('h12.txt', 'x', { flag: 'wx' });
  }).catch((e) => { console.log('promise', e.code, e.message); fs.unlinkSync('h12.txt'); });
});
