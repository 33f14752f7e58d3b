import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, RateLimitedError, type ErrorCode } from '@shop/errors/errors';
import { PROBLEM_TABLE, codeForStatus, problemFor, problemType } from '@shop/http/problem';
import { validationErrors } from '@shop/http/validation';

describe('problemFor', () => {
  it('when an error has extensions, then they are rendered next to the standard members', () => {
    const problem = problemFor(new ConflictError('Already paid.', { orderId: 'o-1', skus: ['a', 'b'] }), 'req-1');
    expect(problem).toEqual({
      type: 'https://errors.shop.local/conflict',
      title: 'Conflict',
      status: 409,
      code: 'CONFLICT',
      detail: 'Already paid.',
      orderId: 'o-1',
      skus: ['a', 'b'],
      requestId: 'req-1',
    });
  });

  it('when an extension reuses a standard member name, then the standard member wins', () => {
    const error = new AppError('NOT_FOUND', 'Gone.', { extensions: { status: 200, code: 'OK', type: 'x', requestId: 'forged' } });
    expect(problemFor(error, 'req-2')).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
      type: 'https://errors.shop.local/not-found',
      requestId: 'req-2',
    });
  });

  it('when an error has no field errors, then the problem has no errors member', () => {
    expect(problemFor(new RateLimitedError('Slow down.', 3), 'r')).not.toHaveProperty('errors');
  });

  it('when every error code is rendered, then each gets a status, a title and a kebab-case type URL', () => {
    for (const code of Object.keys(PROBLEM_TABLE) as ErrorCode[]) {
      const problem = problemFor(new AppError(code, 'd'), 'r');
      expect(problem.status, code).toBeGreaterThanOrEqual(400);
      expect(problem.status, code).toBeLessThan(600);
      expect(problem.title, code).toMatch(/\S/);
      expect(problem.type).toMatch(/^https:\/\/errors\.shop\.local\/[a-z]+(-[a-z]+)*$/);
    }
  });
});

describe('problemType', () => {
  it('when a code has several words, then the type URL joins them with dashes', () => {
    expect(problemType('IDEMPOTENCY_KEY_REUSED')).toBe('https://errors.shop.local/idempotency-key-reused');
    expect(problemType('INTERNAL')).toBe('https://errors.shop.local/internal');
  });
});

describe('codeForStatus', () => {
  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'CONFLICT'],
    [413, 'PAYLOAD_TOO_LARGE'],
    [415, 'UNSUPPORTED_MEDIA_TYPE'],
    [429, 'RATE_LIMITED'],
    [503, 'UPSTREAM_UNAVAILABLE'],
    [500, 'INTERNAL'],
    [502, 'INTERNAL'],
    [400, 'VALIDATION_FAILED'],
    [405, 'VALIDATION_FAILED'],
  ])('when a framework error has status %i, then its code is %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });

  it('when a code is mapped back to a status, then the round trip agrees for the distinct statuses', () => {
    for (const status of [401, 403, 404, 413, 415, 429, 503]) expect(PROBLEM_TABLE[codeForStatus(status)].status).toBe(status);
  });
});

describe('validationErrors', () => {
  it('when ajv reports body errors, then paths are JSON pointers into the body', () => {
    const errors = validationErrors([
      { keyword: 'required', instancePath: '/items/0', params: { missingProperty: 'sku' }, message: "must have required property 'sku'" },
      { keyword: 'additionalProperties', instancePath: '', params: { additionalProperty: 'admin' }, message: 'must NOT have additional' },
      { keyword: 'minimum', instancePath: '/items/1/quantity', params: { limit: 1 }, message: 'must be >= 1' },
    ]);
    expect(errors).toEqual([
      { path: '/items/0/sku', message: 'is required' },
      { path: '/admin', message: 'is not an accepted field' },
      { path: '/items/1/quantity', message: 'must be >= 1' },
    ]);
  });

  it('when the error is about the whole body, then the path is the root pointer', () => {
    expect(validationErrors([{ keyword: 'type', instancePath: '', params: {}, message: 'must be object' }])).toEqual([
      { path: '/', message: 'must be object' },
    ]);
  });

  it('when the errors are about another part of the request, then paths are prefixed with that part', () => {
    const errors = validationErrors(
      [{ keyword: 'format', instancePath: '/id', params: {}, message: 'must match format "uuid"' }],
      'params',
    );
    expect(errors).toEqual([{ path: '/params/id', message: 'must match format "uuid"' }]);
  });

  it('when ajv gives no message, then a generic one is used', () => {
    expect(validationErrors([{ keyword: 'x', instancePath: '/a', params: {} }])).toEqual([{ path: '/a', message: 'is not valid' }]);
  });

  it('when the validation detail is not a list, then no field errors are reported', () => {
    expect(validationErrors(undefined)).toEqual([]);
  });
});
