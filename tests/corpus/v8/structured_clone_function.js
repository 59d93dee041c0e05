// structuredClone of a function: DataCloneError.
try {
  structuredClone(() => {});
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
