// Helper (forked): reports a global the parent set.
process.send(String(globalThis.shared));
