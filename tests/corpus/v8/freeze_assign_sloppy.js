// In sloppy mode, assigning to a frozen object is silently ignored.
const settings = Object.freeze({ debug: false });
settings.debug = true;
console.log(settings.debug);
