// const {x} = undefined: V8's destructuring message.
try {
  const { x } = undefined;
  console.log(x);
} catch (e) {
  console.log(e.message);
}
