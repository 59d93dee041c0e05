// An uncaught Error with a cause: stderr shows the outer error (the cause follows in the inspected output).
const inner = new Error('inner problem');
throw new Error('outer problem', { cause: inner });
