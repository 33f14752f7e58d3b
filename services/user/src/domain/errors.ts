import { AppError, ConflictError, ForbiddenError, UnauthenticatedError } from '@shop/errors/errors';

export class EmailTakenError extends ConflictError {
  constructor() {
    super('An account with this email already exists.');
  }
}

/** One message for an unknown email and a wrong password, so neither leaks which it was. */
export class InvalidCredentialsError extends UnauthenticatedError {
  constructor() {
    super('The email or password is incorrect.');
  }
}

export class AccountDeactivatedError extends ForbiddenError {
  constructor() {
    super('This account has been deactivated.');
  }
}

export class InvalidRefreshTokenError extends UnauthenticatedError {
  constructor(detail = 'The refresh token is not valid.') {
    super(detail);
  }
}

export class LastAdminError extends AppError {
  constructor() {
    super('CONFLICT', 'The shop needs at least one active admin.');
  }
}
