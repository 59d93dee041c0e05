// A timer clearing a later one of its own list (it is skipped), and one clearing a later list.
const t1 = setTimeout(() => { console.log('t1 clears t2'); clearTimeout(t2); }, 10);
const t2 = setTimeout(() => console.log('t2'), 10);
setTimeout(() => console.log('t3'), 10);
setTimeout(() => { console.log('t4 clears t5'); clearTimeout(t5); }, 40);
const t5 = setTimeout(() => console.log('t5'), 80);
setTimeout(() => console.log('t6'), 100);
