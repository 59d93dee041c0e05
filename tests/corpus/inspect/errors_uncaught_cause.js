const cause = new TypeError('low level');
throw new Error('high level', { cause });
