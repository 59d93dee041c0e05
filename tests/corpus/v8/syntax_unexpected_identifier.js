// Two identifiers in a row: "Unexpected identifier 'x'".
let total = 1
let y = total x;
