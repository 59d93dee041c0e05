module.exports = 'dir';
