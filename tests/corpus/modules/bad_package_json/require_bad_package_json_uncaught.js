// Uncaught, the SyntaxError is reported from package_json_reader's rethrow, `path` shown.
console.log('requiring');
require('./_dir');
