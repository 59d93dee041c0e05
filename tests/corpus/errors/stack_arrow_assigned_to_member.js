// V8 names an arrow assigned to a property after the property (`Widget.create`).
const frame = (e, n = 1) => e.stack.split(__dirname).join('$DIR').split('\n')[n];
function Widget() {}
Widget.create = () => frame(new Error('create'));
console.log(Widget.create());
const api = {};
api.load = async (id) => {
  throw new Error('load ' + id);
};
api.load(7).catch((e) => console.log(frame(e, 0), frame(e)));
module.exports.helper = () => frame(new Error('helper'));
console.log(module.exports.helper());
