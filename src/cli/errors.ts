/** A mistake in how the CLI was called or in a file it was given: printed as one line, never with a stack. */
export class UserError extends Error {
  /**
   * @param message one line naming the file (if any) and the problem
   * @param exitCode 1 for a file that could not be read, 2 for a wrong call
   */
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message)
    this.name = 'UserError'
  }
}
