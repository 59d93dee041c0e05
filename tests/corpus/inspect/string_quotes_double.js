// Strings with both quote kinds use backticks.
console.log(['it\'s "quoted"']);
