// Array patterns given values that are not iterable: a declaration's pattern names its
// initializer, a pattern nested in an object pattern the whole initializer as V8's call
// printer shows it, an assignment's pattern the value by its type.
function attempt(label, f) {
  try {
    f();
  } catch (e) {
    console.log(label, '->', e.message);
  }
}
let first;
let second;
const five = 5;
attempt('declared number', () => { const [x] = 5; });
attempt('declared object', () => { const [x] = {}; });
attempt('declared name', () => { const [x] = five; });
attempt('assigned number', () => { [first] = 5; });
attempt('assigned object', () => { [first, second] = { a: 1 }; });
attempt('assigned name', () => { [first] = five; });
attempt('nested in object', () => { const { a: [x] } = { a: 5 }; });
attempt('nested in object, name', () => { const { a: [x] } = { a: five }; });
attempt('assigned nested in object', () => { ({ a: [first] } = { a: 5 }); });
attempt('nested in array', () => { const [[x]] = [5]; });
