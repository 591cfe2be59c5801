import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/renderer/src/api/client';
import { errorMessage, fieldErrorOf } from '../../../src/renderer/src/api/error-message';

describe('errors the UI can explain', () => {
  it('finds the field of an invalid_input error, to show the reason next to it', () => {
    const error = new ApiError({
      code: 'invalid_input',
      message: 'Invalid input for xApp.update: clientId: must be the Client ID from the X developer portal',
    });
    expect(fieldErrorOf(error)).toEqual({ field: 'clientId', message: 'Must be the Client ID from the X developer portal' });
  });

  it('has no field for other errors, and keeps their sentence', () => {
    const unavailable = new ApiError({ code: 'unavailable', message: 'The keychain is locked.' });
    expect(fieldErrorOf(unavailable)).toBeNull();
    expect(fieldErrorOf(new ApiError({ code: 'invalid_input', message: 'Invalid input for xApp.update.' }))).toBeNull();
    expect(errorMessage(unavailable)).toBe('The keychain is locked.');
    expect(errorMessage('plain')).toBe('plain');
  });
});
