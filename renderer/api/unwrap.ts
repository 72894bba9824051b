import type { ErrorCode, Result } from '../../shared/ipc/result';

/** A refused request, carrying main's code and its reader-facing message. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Awaits a reply and returns its value, or throws an ApiError whose message the UI can show. */
export async function unwrap<T>(reply: Promise<Result<T>>): Promise<T> {
  const result = await reply;
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message);
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error));
