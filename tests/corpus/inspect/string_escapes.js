// Control characters are escaped as \n, \t, \x1B, \x00 and friends.
console.log(['a\nb', 'tab\there', 'esc\x1b[0m', 'nul\x00', 'del\x7f', 'c1\x85', 'back\\slash', 'bell\x07', 'vt\v', 'ff\f', 'cr\r']);
