// Short strings with newlines stay on one line, escaped.
console.log({ s: 'a\nb\nc' }, ['x\ny']);
