console.log('dep evaluating');
export const x = 42;
