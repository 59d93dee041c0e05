// A `continue` in a function with no loop around it.
function f() { continue; }
