// %% prints a percent sign; unknown placeholders stay as is.
console.log('100%% sure %x %', 1);
console.log('%%');
console.log('%% %s');
