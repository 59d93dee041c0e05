// A missing comma between strings: "Unexpected string".
const names = ['a' 'b'];
