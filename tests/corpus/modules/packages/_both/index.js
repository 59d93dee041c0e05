module.exports = 'the folder _both/';
