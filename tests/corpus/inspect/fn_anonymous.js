// Anonymous functions and arrows.
console.log((() => function () {})(), (() => () => {})(), [function () {}]);
