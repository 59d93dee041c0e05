// A method called on what a call returned, at the top level: V8 names the method and points
// at its dot, on its own line.
const groups = new Map();
groups.set('a', []);
groups.get('a').push(1);
console.log(groups.get('a'));
groups.get('b').push(2);
