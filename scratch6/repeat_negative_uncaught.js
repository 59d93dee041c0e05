function indent(level) {
  return '  '.repeat(level) + 'x';
}
console.log(indent(2));
console.log(indent(-1));
