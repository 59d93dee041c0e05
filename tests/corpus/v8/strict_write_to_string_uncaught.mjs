// An ES module is strict: writing a property on a string throws, uncaught here.
const name = 'Ada';
console.log('before');
name.title = 'Countess';
console.log('never');
