const settings = undefined;
console.log('start');
const { theme } = settings;
console.log(theme);
