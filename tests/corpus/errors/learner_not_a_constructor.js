const make = () => ({});
const thing = new make();
