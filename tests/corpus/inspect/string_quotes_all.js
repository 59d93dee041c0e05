// Strings with all three quote kinds fall back to escaped single quotes.
console.log(['it\'s "q" `b`']);
