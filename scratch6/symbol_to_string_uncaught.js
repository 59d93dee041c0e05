const TOKEN = Symbol('token');
function label(key) {
  return 'key=' + key;
}
console.log(label('a'));
console.log(label(TOKEN));
