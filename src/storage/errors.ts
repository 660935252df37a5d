/** Why a storage operation failed; the UI turns the code into a sentence in the user's language. */
export type StorageErrorCode =
  | 'quota'
  | 'unavailable'
  | 'blocked'
  | 'stale'
  | 'notFound'
  /** The database is newer than this page's code: another tab upgraded it; reload. */
  | 'outdated'
  | 'unknown';

/** A storage failure with a code the UI can translate. */
export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StorageError';
  }
}

/** Maps what IndexedDB threw to a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new StorageError('quota', message, { cause: error });
  if (name === 'VersionError') return new StorageError('outdated', message, { cause: error });
  if (name === 'InvalidStateError' || name === 'SecurityError' || name === 'UnknownError') {
    return new StorageError('unavailable', message, { cause: error });
  }
  return new StorageError('unknown', message, { cause: error });
}

/** Runs a storage operation, turning whatever IndexedDB throws into a StorageError. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
