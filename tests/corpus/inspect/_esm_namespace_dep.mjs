export const a = 1;
export function f() {}
export default { d: 1 };
export let later;
export class K {}
