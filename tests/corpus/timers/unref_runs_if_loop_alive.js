// An unref'd timer still runs if something else keeps the loop alive long enough.
setTimeout(() => console.log('unref timer runs'), 5).unref();
setTimeout(() => console.log('ref timer'), 30);
