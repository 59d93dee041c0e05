// An else without its if: "Unexpected token 'else'".
let a = 1;
if (a) a++; console.log(a);
else a--;
