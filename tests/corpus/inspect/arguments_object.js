// The arguments object.
(function () { console.log(arguments); })(1, 'a');
(function () { console.log(arguments); })();
