// Throwing a plain object: stderr shows it inspected, exit 1.
throw { code: 42, reason: 'object' };
