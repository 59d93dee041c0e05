// A method of an object literal is framed as Object.name.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
const tool = {
  run() {
    throw new Error('in method');
  },
};
try {
  tool.run();
} catch (e) {
  show(e);
}
