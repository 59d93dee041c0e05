const settings = { onSave: 'yes' };
settings.onLoad?.();
console.log('onLoad skipped');
try {
  settings.onSave?.();
} catch (e) {
  console.log(e.message);
}
