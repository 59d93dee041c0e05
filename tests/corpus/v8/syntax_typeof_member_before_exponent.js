const o = { list: [4, 5] };
console.log("start");
const t = typeof o.list[1] ** 2;
