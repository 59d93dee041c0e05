// Helper: prints its own arguments.
console.log(JSON.stringify(process.argv.slice(2)));
