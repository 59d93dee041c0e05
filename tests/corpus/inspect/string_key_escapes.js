// Keys with special characters are quoted and escaped.
console.log({ 'new\nline': 1, 'tab\t': 2, "it's": 3, 'back\\slash': 4 });
