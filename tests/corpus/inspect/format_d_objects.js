// %d of objects goes through Number().
console.log('%d %d %d', {}, [5], { valueOf() { return 7; } });
