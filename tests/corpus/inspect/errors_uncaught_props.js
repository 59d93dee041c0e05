class HttpError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.url = '/api/users';
  }
}
throw new HttpError('Request failed', 404);
