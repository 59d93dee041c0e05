exports.name = '_lib/sub via index.js';
