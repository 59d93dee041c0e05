// atob decodes base64 to a binary string (one char per byte).
console.log(atob('aGVsbG8='));
console.log(JSON.stringify(atob('/+8=')), atob('/+8=').length);
console.log(JSON.stringify(atob('')), atob('YQ'), atob('YR=='));
console.log(typeof atob, atob === require('buffer').atob);
