exports.name = '_lib via package.json main';
