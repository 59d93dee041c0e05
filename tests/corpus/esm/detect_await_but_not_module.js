// Top-level await, but the text does not parse as a module either: the CommonJS error stands.
await Promise.resolve(1);
let broken = ;
