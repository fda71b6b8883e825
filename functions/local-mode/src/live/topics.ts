/**
 * What a console may do on the broker, as DLT's IoT policy allows it: subscribe to `dlt/<testId>` (or every
 * test with `dlt/#`), never publish. Only the server publishes.
 */
const LIVE_FILTER = /^dlt\/(#|[^/+#]+)$/;

export function maySubscribe(filter: string): boolean {
  return LIVE_FILTER.test(filter);
}

/** A topic the server may publish on: `dlt/<testId>` without wildcards. */
export function isLiveTopic(topic: string): boolean {
  return LIVE_FILTER.test(topic) && topic !== 'dlt/#';
}
