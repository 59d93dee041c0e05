// `let` as the name a `let` declares.
let let = 1;
