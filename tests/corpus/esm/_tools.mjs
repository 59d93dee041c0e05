console.log('tools.mjs runs');
export const version = 3;
export function shout(s) { return s.toUpperCase() + '!'; }
export default class Tool {}
