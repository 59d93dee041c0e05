// Forgetting readFile's callback: the validator's error, rethrown by hideStackFrames.
const fs = require('fs');
fs.readFile('notes.txt', 'utf8');
