// A legacy octal literal in strict mode.
'use strict';
const mode = 0755;
