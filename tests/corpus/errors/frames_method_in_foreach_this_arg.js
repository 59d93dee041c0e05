// forEach's thisArg becomes the receiver of a function callback: V8 names its frame by it.
const clean = (stack) => stack.split(__dirname + '/').join('');
class Logger {
  constructor(prefix) { this.prefix = prefix; }
}
const logger = new Logger('>');
try {
  ['a', 'b'].forEach(function (word) {
    if (word === 'b') throw new Error(`${this.prefix} no ${word}`);
  }, logger);
} catch (e) {
  console.log(clean(e.stack).split('\n').slice(0, 3).join('\n'));
}
