var count = 0;
count++;
let count = 5;
