// Errors of the chat layer, one class per condition (callers branch on the class, never the text).

export class ChatError extends Error {
  override name = 'ChatError'
}

/** No account has this username. */
export class UnknownUserError extends ChatError {
  override name = 'UnknownUserError'
}

/** The user is on another server (name@domain) that this server does not reach: it has no federation, or does not federate with that domain. */
export class FederationUnavailableError extends ChatError {
  override name = 'FederationUnavailableError'
}

/** No conversation or group of this client has this name. */
export class UnknownConversationError extends ChatError {
  override name = 'UnknownConversationError'
}

/** The user has no KeyPackage on the server: nobody can add them until they upload more. */
export class NoKeyPackageError extends ChatError {
  override name = 'NoKeyPackageError'
}

/** The server handed out a KeyPackage or key that is not the user's (a lying server, or a bug). */
export class KeyMismatchError extends ChatError {
  override name = 'KeyMismatchError'
}

/** Other members kept committing first; the change was not made. */
export class CommitConflictError extends ChatError {
  override name = 'CommitConflictError'
}
