// A JSON module that does not parse: Node's loader prefixes the message with the file's path
// and the stack shows its JSON parse (`parse`, `Module._extensions..json`).
try {
  require('./_bad.json');
} catch (e) {
  console.log(e.name, e.message.replace(__dirname, '.'));
  console.log(e.stack.replaceAll(__dirname, '.'));
}
// Not cached: a second require fails the same way.
try { require('./_bad.json'); } catch (e) { console.log('again', e.message.replace(__dirname, '.')); }
