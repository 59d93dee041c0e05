// Helper (forked): exits with the code given as its argument.
process.exit(Number(process.argv[2]));
