// An unhandled rejection with a non-Error value gets a different message (ERR_UNHANDLED_REJECTION) on stderr.
Promise.reject('just a string');
