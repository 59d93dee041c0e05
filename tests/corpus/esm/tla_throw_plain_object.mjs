await null;
throw {a:1};
