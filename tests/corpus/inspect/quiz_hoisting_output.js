console.log(typeof hoisted, typeof notHoisted);
var notHoisted = () => {};
function hoisted() {}
console.log(typeof hoisted, typeof notHoisted);
try { console.log(letVar); } catch (e) { console.log(e.name, e.message); }
let letVar = 1;
console.log([typeof null, typeof undefined, typeof NaN, typeof [], typeof {}, typeof function () {}]);
console.log(null == undefined, null === undefined, NaN == NaN, [] == false, '' == 0, '0' == false);
