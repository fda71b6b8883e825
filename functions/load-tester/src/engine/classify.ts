import type { FailureKind } from '@dlt/shared';

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_)/;

/** Maps a transport error (node:net, node:tls, our HTTP/1.1 client) to the failure kinds the results model counts. */
export function classifyError(err: unknown): FailureKind {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return 'other';
  switch (code) {
    case 'DLT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return 'timeout';
    case 'ECONNREFUSED':
      return 'econnrefused';
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return 'econnreset';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return 'dns';
    case 'DLT_ABORTED':
    case 'UND_ERR_ABORTED':
    case 'UND_ERR_DESTROYED':
      return 'aborted';
    default:
      return TLS_CODES.test(code) ? 'tls' : 'other';
  }
}
