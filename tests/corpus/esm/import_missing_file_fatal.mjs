// A static import of a file that does not exist: ERR_MODULE_NOT_FOUND from the resolver.
import './_no_such_file.mjs';
console.log('never');
