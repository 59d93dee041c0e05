'use strict';
function f() {
  x = 0;
}
f();
