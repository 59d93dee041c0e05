process.on("uncaughtException", e => console.log(e.message));
console.log(module.id);
