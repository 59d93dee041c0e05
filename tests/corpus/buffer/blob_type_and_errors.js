// Blob types are lowercased (invalid ones become ""); sources must be iterable.
console.log(JSON.stringify(new Blob([], { type: 'TEXT/HTML' }).type));
console.log(JSON.stringify(new Blob([], { type: 'é' }).type));
try { new Blob('abc'); } catch (e) { console.log(e.code, e.name, e.message); }
console.log(new Blob([new Blob(['ab']), 'c']).size, new Blob([123]).size);
