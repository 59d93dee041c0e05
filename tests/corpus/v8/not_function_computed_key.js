// Calling a computed member: obj[name]().
const handlers = {};
const name = 'click';
try {
  handlers[name]();
} catch (e) {
  console.log(e.message);
}
