// Helper of file_worker_error_frames.js: fails while the worker's main module loads.
function fail() {
  const err = new TypeError('worker module failed');
  err.code = 'E_WORKER';
  throw err;
}
fail();
