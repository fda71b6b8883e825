/** Why a script upload was refused. Each reason comes with a sentence the user can act on. */
export type ScriptArchiveProblem =
  | 'not-a-zip'
  | 'unsafe-path'
  | 'symlink'
  | 'special-file'
  | 'encrypted'
  | 'unsupported-compression'
  | 'too-many-entries'
  | 'entry-too-large'
  | 'archive-too-large'
  | 'total-too-large'
  | 'compression-ratio'
  | 'size-mismatch'
  | 'duplicate-entry'
  | 'file-type'
  | 'no-script'
  | 'wrong-extension';

/**
 * A script or script archive that is refused. The message is meant for the user (the API answers 400 with it);
 * `problem` lets callers and tests tell the cases apart without parsing text.
 */
export class ScriptArchiveError extends Error {
  override readonly name = 'ScriptArchiveError';
  readonly statusCode = 400;
  constructor(
    readonly problem: ScriptArchiveProblem,
    message: string,
  ) {
    super(message);
  }
}

export function isScriptArchiveError(error: unknown): error is ScriptArchiveError {
  return error instanceof ScriptArchiveError;
}
