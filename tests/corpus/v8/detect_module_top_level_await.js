// Top-level await in a .js file with no package.json: Node 20.20 re-parses it as an ES module and runs it.
const value = await Promise.resolve(1);
console.log(value, typeof require);
