// Error.captureStackTrace on a plain object and on an error subclass.
const obj = { message: 'not an error' };
Error.captureStackTrace(obj);
console.log(typeof obj.stack, obj.stack.split('\n')[0]);
class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    Error.captureStackTrace(this, MyError);
  }
}
const e = new MyError('boom');
console.log(e.stack.split('\n')[0]);
console.log(e instanceof MyError, e instanceof Error, e.name, e.message);
console.log(Object.keys(e));
console.log(String(e));
const noFrames = {};
Error.captureStackTrace(noFrames);
console.log(Object.getOwnPropertyDescriptor(noFrames, 'stack') !== undefined);
