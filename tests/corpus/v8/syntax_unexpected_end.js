// A block left open: "Unexpected end of input".
function f() {
  if (true) {
    return 1;
  }
