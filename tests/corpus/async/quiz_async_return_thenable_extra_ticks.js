const log = (s) => console.log(s);
async function plain() { return 1; }
async function viaPromise() { return Promise.resolve(2); }
async function viaThenable() { return { then(r) { log('then called'); r(3); } }; }
plain().then((v) => log('plain ' + v));
viaPromise().then((v) => log('promise ' + v));
viaThenable().then((v) => log('thenable ' + v));
Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
