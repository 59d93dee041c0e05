try {
  new WeakRef('hello');
} catch (e) {
  console.log(e.message);
}
const ref = new WeakRef({ a: 1 });
console.log(typeof ref.deref());
