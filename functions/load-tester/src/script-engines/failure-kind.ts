import type { FailureKind } from '@dlt/shared';

/**
 * Guesses how a request without a response failed from the engine's message (JMeter's
 * `java.net.ConnectException: Connection refused`, Locust's `ConnectionRefusedError(111, ...)`, k6's
 * `dial tcp ...: connect: connection refused`). The message itself is kept verbatim next to it.
 */
export function failureKindFromMessage(message: string | undefined): FailureKind {
  if (message === undefined || message === '') return 'other';
  if (/refused/i.test(message)) return 'econnrefused';
  if (/timed?[ _-]?out|timeout/i.test(message)) return 'timeout';
  if (/reset by peer|connection reset|broken pipe|RemoteDisconnected|EOF occurred/i.test(message))
    return 'econnreset';
  if (
    /name or service not known|no such host|getaddrinfo|NameResolution|UnknownHost|nodename nor servname/i.test(
      message,
    )
  )
    return 'dns';
  if (/ssl|tls|certificate|x509|handshake/i.test(message)) return 'tls';
  return 'other';
}
