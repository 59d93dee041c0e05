// Several string arguments are joined by spaces without quotes.
console.log('a', 'b', '', 'c');
