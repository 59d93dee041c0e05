// A bare name that is neither a built-in nor a package, awaited at top level.
process.on('exit', (code) => console.log('exit', code));
await import('no-such-package-anywhere');
