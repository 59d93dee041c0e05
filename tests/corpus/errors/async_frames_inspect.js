// console.log of an error prints its stack, async frames included; a nested one too.
async function parse() {
  await null;
  throw new SyntaxError('bad input');
}
async function handle() {
  await parse();
}
async function main() {
  try {
    await handle();
  } catch (e) {
    const util = require('util');
    console.log(util.inspect(e).split(__dirname).join('$DIR'));
    console.log(util.inspect({ error: e }).split(__dirname).join('$DIR'));
    console.error(String(e.stack.split('\n').length));
  }
}
main();
