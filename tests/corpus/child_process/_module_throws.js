// Helper of eval_child_require_frames.js: throws while it loads.
throw new RangeError('helper failed to load');
