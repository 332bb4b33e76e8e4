/** Typed application errors, mapped once to an HTTP status and a message a person understands. */
export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  invalid_input: 422,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  bad_request: 'The request is not valid.',
  unauthenticated: 'Sign in to continue.',
  forbidden: 'You do not have access to this.',
  not_found: 'This does not exist.',
  conflict: 'This conflicts with the current state; reload and try again.',
  unsupported_media_type: 'The request body is not of a type this accepts.',
  invalid_input: 'Some of the input is not valid.',
  unavailable: 'The service is temporarily unavailable; try again shortly.',
};

export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string = DEFAULT_MESSAGES[code]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message } };
  }
}
