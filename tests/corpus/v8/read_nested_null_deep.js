// A deep chain where a middle link is null: the message says null and names the next key.
const data = { user: { profile: null } };
try {
  console.log(data.user.profile.avatar.url);
} catch (e) {
  console.log(e.message);
}
