/**
 * A request a use case refuses because of what the user gave it (an unknown speech, a too-short id
 * prefix, a text that cannot be read as a speech). The message is the whole story: the CLI prints
 * it as one line, the API answers it as BAD_USER_INPUT (NOT_FOUND when `missing`).
 */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    /** The argument the problem is in, when there is one (e.g. `text`, `ref`). */
    readonly argumentName?: string,
    /** True when the input is well formed but names a thing that is not there (where null is no useful answer). */
    readonly missing = false,
  ) {
    super(message);
  }
}
