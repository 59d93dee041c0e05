try {
  require('./does-not-exist');
} catch (e) {
  console.log(e.code);
  console.log(e.message.split('\n')[0]);
  console.log(e.message.split('\n')[1]);
  console.log(e.requireStack.length);
}
try {
  require('some-package-that-is-not-installed');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
