// Example plugin: sends each newly registered user a server notice (a qpq.v1.ServerNotice in
// their queue on the notice channel ff…ff, pushed when they are connected).
//
//   [plugins.welcome]
//   text = "Welcome, {username}! Messages here are end-to-end encrypted."   # {username} is replaced

let text = 'Welcome, {username}!'

export default {
  name: 'welcome',
  version: '1.0.0',
  init(ctx) {
    text = ctx.config.text ?? text
    if (typeof text !== 'string' || text === '') throw new Error('[plugins.welcome] text must be a non-empty string')
  },
  hooks: {
    'user.registered': async (user, ctx) => {
      await ctx.sendNotice(user.identityKey, text.replaceAll('{username}', user.username))
    },
  },
}
