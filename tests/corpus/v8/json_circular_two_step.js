// A cycle through two objects.
const parent = { name: 'p' };
const child = { name: 'c', parent };
parent.child = child;
try {
  JSON.stringify(parent);
} catch (e) {
  console.log(e.message);
}
