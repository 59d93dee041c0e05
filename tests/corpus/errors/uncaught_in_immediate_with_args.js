setImmediate((list, i) => { console.log(list[i].name); }, [], 0);
