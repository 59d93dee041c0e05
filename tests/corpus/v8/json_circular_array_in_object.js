// A cycle passing through an array inside an object.
const node = { children: [] };
node.children.push({ up: node });
try {
  JSON.stringify(node);
} catch (e) {
  console.log(e.message);
}
