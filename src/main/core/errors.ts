import type { ApiErrorCode } from '../../shared/wire';

/** An error the UI can explain: its code and message cross the boundary as they are. */
export class AppError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
