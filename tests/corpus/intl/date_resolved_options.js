// resolvedOptions of DateTimeFormat.
console.log(new Intl.DateTimeFormat().resolvedOptions());
console.log(new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeStyle: 'short' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: 'numeric', weekday: 'short' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('en-US', { hour: 'numeric', hour12: false }).resolvedOptions());
console.log(new Intl.DateTimeFormat('en', { minute: 'numeric', second: 'numeric' }).resolvedOptions());
console.log(new Intl.DateTimeFormat('en-US', { minute: '2-digit' }).resolvedOptions().minute);
