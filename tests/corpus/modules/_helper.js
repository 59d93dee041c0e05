// Helper module required by cases in this folder (not a case itself).
exports.add = (a, b) => a + b;
exports.isMain = require.main === module;
exports.name = 'helper';
