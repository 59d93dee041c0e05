try {
  require('./does-not-exist');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replaceAll(__dirname, '.'));
  console.log(e.requireStack.map((p) => p.replaceAll(__dirname, '.')));
}
require('./nope.js');
