// `new.target` outside any function.
new.target;
