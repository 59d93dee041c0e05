const fs = require('fs');
const ac = new AbortController();
fs.writeFile('wfas.txt', 'data', { signal: ac.signal }, (err) => {
  console.log('aborted write', err.name, err.cause, fs.existsSync('wfas.txt'), fs.readFileSync('wfas.txt', 'utf8').length);
  const ac2 = new AbortController();
  fs.writeFile('wfas.txt', 'full', { signal: ac2.signal }, (err) => {
    console.log('kept write', err, fs.readFileSync('wfas.txt', 'utf8'));
    ac2.abort();
    const ac3 = new AbortController(); ac3.abort('early');
    fs.writeFile('wfasb.txt', 'x', { signal: ac3.signal }, (err) => console.log('at once', err.cause, fs.existsSync('wfasb.txt')));
    console.log('after call');
    fs.promises.writeFile('wfas.txt', 'p', { signal: ac3.signal }).catch((e) => { console.log('promise', e.name); fs.unlinkSync('wfas.txt'); });
  });
});
ac.abort('stop');
