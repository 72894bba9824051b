import { expect } from 'vitest';
import { PublishError } from '../errors';

/** The PublishError a promise must reject with (the test fails when it resolves or rejects otherwise). */
export async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}
