// %j uses toJSON.
console.log('%j', { toJSON() { return { replaced: true }; } }, new Date(0));
