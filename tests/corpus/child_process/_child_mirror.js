// Helper (forked): sends back what it receives.
process.on('message', (m) => process.send(m));
