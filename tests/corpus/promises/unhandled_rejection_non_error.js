// A rejection with a non-error value crashes with ERR_UNHANDLED_REJECTION.
Promise.reject('just a string');
