// A custom error class with its own name: stderr uses that name.
class ValidationError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'ValidationError';
  }
}
throw new ValidationError('field is required');
