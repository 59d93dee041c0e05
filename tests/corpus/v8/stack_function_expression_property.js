// A function expression assigned to a property is framed with the inferred name.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
const handlers = {};
handlers.onClick = function () {
  throw new Error('click');
};
try {
  handlers.onClick();
} catch (e) {
  show(e);
}
