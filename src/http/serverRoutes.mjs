/**
 * Where the app registers the few routes server.mjs answers itself, before Next: a function given the incoming
 * request that returns null when the route is not one of them, or else an answer to run, which resolves to false
 * when it left the request to Next after all (its body unread).
 */
export const SERVER_ROUTES = Symbol.for('newsroom.serverRoutes')
