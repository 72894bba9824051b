import { z } from 'zod';

/** Every IPC reply is one of these: callers never see a thrown Error cross the boundary. */
export const errorCodes = [
  'unknown_channel',
  'forbidden_sender',
  'bad_request',
  'too_large',
  'not_found',
  /** The workflow refused the action (role, state, a missing note, a house rule); the message says why. */
  'not_allowed',
  'conflict',
  'storage',
  'internal',
] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const IpcError = z.strictObject({ code: ErrorCode, message: z.string() });
export type IpcError = z.infer<typeof IpcError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by services; the dispatcher turns it into `{ok:false}` with the same code and message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
