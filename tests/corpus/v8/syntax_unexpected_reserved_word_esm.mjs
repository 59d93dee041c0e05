// await used inside a non-async arrow in a module.
const f = () => {
  await 1;
};
