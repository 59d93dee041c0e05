//! Node's `AbortError` (lib/internal/errors.js) and `validateAbortSignal`
//! (lib/internal/validators.js), shared by the modules that take `{ signal }`: registered as
//! `internal/abort`, reached as `internals.abort`.
// Evaluated as `(function (native, internals, global) { ... return exports; })`.
'use strict';

const { codedError, describeReceived } = internals;

// What an aborted operation rejects with: `The operation was aborted`, code ABORT_ERR, the
// signal's reason as its (non-enumerable) cause.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options" argument must be of type object.${describeReceived(options)}`);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Node checks the shape (an object with `aborted`), not the class.
function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    const kind = name.includes('.') ? 'property' : 'argument';
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" ${kind} must be an instance of AbortSignal.${describeReceived(signal)}`);
  }
}

return { AbortError, validateAbortSignal };
