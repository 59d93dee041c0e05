// Strings containing a single quote switch to double quotes.
console.log(["it's"]);
