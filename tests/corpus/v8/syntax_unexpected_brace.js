// A stray closing brace: "Unexpected token '}'".
function f() {
  return 1;
}
}
