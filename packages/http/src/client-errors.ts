import { randomUUID } from 'node:crypto';
import { STATUS_CODES, maxHeaderSize, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorCode } from '@shop/errors/errors';
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { codeForStatus, serverProblem, type Problem, type ServerErrorCode } from './problem.js';

// Errors the HTTP server answers by itself, before a route, a hook or the error handler runs: each
// becomes a problem+json like every other error, instead of Node's bare status or Fastify's JSON.

/**
 * The longest path segment the router takes (Fastify's default, 100, is shorter than ids the routes
 * accept: a cart's user id goes to 128). Within it, each route's params schema bounds its ids and
 * names the one too long; past it, the answer is 414.
 */
export const MAX_PARAM_LENGTH = 1_000;

type Code = ErrorCode | ServerErrorCode;

/** What the router refuses: a path segment past `MAX_PARAM_LENGTH`, a broken percent escape. */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const [code, detail]: [Code, string] =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? ['URI_TOO_LONG', `A segment of the path is longer than ${MAX_PARAM_LENGTH} characters.`]
      : error.code === 'FST_ERR_BAD_URL'
        ? ['VALIDATION_FAILED', 'The path is not a valid URL: a "%" must start an escape such as %20.']
        : [codeForStatus(error.statusCode ?? 500), 'An unexpected error occurred.'];
  const problem = serverProblem(code, detail, request.id);
  if (problem.status >= 500) request.log.error({ err: error }, 'unhandled router error');
  void reply.code(problem.status).headers(problemHeaders(problem)).send(problem);
}

/** What Node's parser refuses (not HTTP, a NUL in a header, headers or URL too large, too slow): answered on the socket. */
export function answerClientError(this: FastifyInstance, error: ConnectionError, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = serverProblem(...clientErrorOf(error), randomUUID());
  this.log.debug({ err: error, statusCode: problem.status }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const body = JSON.stringify(problem);
    const lines = Object.entries(closingHeaders(problem, body)).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${lines.join('')}\r\n${body}`);
  }
  socket.destroy(error);
}

/** `Expect` other than `100-continue`, which Node would answer with a bare 417. */
export function answerUnmetExpectation(request: IncomingMessage, response: ServerResponse): void {
  const problem = serverProblem('EXPECTATION_FAILED', `The server cannot meet "Expect: ${request.headers.expect}".`, randomUUID());
  const body = JSON.stringify(problem);
  response.writeHead(problem.status, closingHeaders(problem, body)).end(body);
}

function clientErrorOf(error: ConnectionError): [Code, string] {
  switch (error.code) {
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return ['REQUEST_TIMEOUT', 'The request did not arrive in time.'];
    case 'HPE_HEADER_OVERFLOW':
      return requestLineOverflows(error)
        ? ['URI_TOO_LONG', `The URL is longer than the ${maxHeaderSize} bytes the server reads.`]
        : ['HEADERS_TOO_LARGE', `The URL and headers together are larger than the ${maxHeaderSize} bytes the server reads.`];
    default: {
      const reason = (error as { reason?: unknown }).reason;
      return ['VALIDATION_FAILED', `The request is not valid HTTP/1.1${typeof reason === 'string' ? `: ${reason}` : ''}.`];
    }
  }
}

/** Node counts the request line with the headers; when the line alone is past the limit, the URL is what is too long. */
function requestLineOverflows(error: ConnectionError): boolean {
  const packet: unknown = error.rawPacket;
  if (!Buffer.isBuffer(packet)) return false;
  const end = packet.indexOf('\r\n');
  return (end === -1 ? packet.length : end) > maxHeaderSize;
}

function problemHeaders(problem: Problem): Record<string, string> {
  return { 'content-type': 'application/problem+json', 'x-content-type-options': 'nosniff', 'x-request-id': problem.requestId };
}

/** For an answer written outside Fastify: its length, and the end of a connection whose request was not read. */
function closingHeaders(problem: Problem, body: string): Record<string, string> {
  return { ...problemHeaders(problem), 'content-length': String(Buffer.byteLength(body)), connection: 'close' };
}
