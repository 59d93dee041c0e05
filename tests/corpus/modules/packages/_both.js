module.exports = 'the file _both.js';
