// A strict-mode reserved word as a variable name.
'use strict';
var interface = 1;
