// Syntax errors from eval and new Function in V8's words.
for (const code of ['if (', 'let 1 = 2', 'a b', "'open", 'x = 1 +* 2']) {
  try {
    eval(code);
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
