import { presignSigV4Url } from '@dlt/shared';

/** The SigV4 service name AWS IoT's MQTT-over-WebSocket endpoint expects in the credential scope. */
export const LIVE_SIGNING_SERVICE = 'iotdevicegateway';

export interface LiveCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** Only for temporary credentials; the local key pair has none. */
  sessionToken?: string;
}

/**
 * A URL a client opens to subscribe to live data: `wsUrl` presigned the way AWS IoT wants it from browsers
 * (host signed, no X-Amz-Expires). It is accepted for 15 minutes either side of `now`; the connection itself
 * lasts as long as the client keeps it open, so presign again only to reconnect.
 */
export function presignLiveUrl(
  wsUrl: string,
  credentials: LiveCredentials,
  region: string,
  now: Date = new Date(),
): string {
  return presignSigV4Url({ url: wsUrl, service: LIVE_SIGNING_SERVICE, region, credentials, now });
}
