// An own __proto__ key prints as ['__proto__'].
console.log(JSON.parse('{"__proto__": 1, "a": 2}'));
