import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { type LivePublisher, type VerifyResult, verifyPresignedUrl } from '@dlt/shared';
import { Aedes } from 'aedes';
import { createWebSocketStream, WebSocketServer } from 'ws';
import { LIVE_SIGNING_SERVICE, type LiveCredentials } from './presign.js';
import { isLiveTopic, maySubscribe } from './topics.js';

/** The path AWS IoT serves MQTT over WebSocket on (`wss://<endpoint>/mqtt`). */
export const LIVE_PATH = '/mqtt';
/** IoT's limit; a bigger frame is a client bug or an attack, not live data. */
const MAX_FRAME_BYTES = 128 * 1024;

type Admission = VerifyResult | { ok: false; status: 404; message: string; errorType?: undefined };

export interface LiveBrokerOptions {
  host?: string;
  port?: number;
  /** The region clients sign for (the hub region, where DLT's IoT endpoint lives). */
  region: string;
  /** The long-lived key pair allowed to subscribe. */
  credentials: LiveCredentials;
  /**
   * Console session keys (`ASIA…`), also allowed while unexpired, with their token in X-Amz-Security-Token.
   * An expired or unknown one is refused as an invalid token.
   */
  sessions?: { active(accessKeyId: string): LiveCredentials | undefined };
  /** Clock used to judge X-Amz-Date; tests move it. */
  now?: () => Date;
  log?: (message: string) => void;
}

export interface LiveBroker {
  /** `ws://host:port/mqtt`, unsigned: clients presign it with `presignLiveUrl`. */
  wsUrl: string;
  /** Publishes JSON on a `dlt/<testId>` topic, as the IoT adapter does on AWS. */
  publisher: LivePublisher;
  close(): Promise<void>;
}

/**
 * The local stand-in for AWS IoT Core's live-data endpoint: an MQTT broker (aedes) behind a WebSocket server
 * that, like IoT, accepts only upgrades carrying a valid SigV4 presigned query. Refused upgrades get a 403
 * before any byte reaches the broker.
 */
export async function startLiveBroker(opts: LiveBrokerOptions): Promise<LiveBroker> {
  const { region, credentials } = opts;
  const now = opts.now ?? (() => new Date());
  const log = opts.log ?? (() => undefined);

  const broker = await Aedes.createBroker({
    authorizePublish: (client, packet, done) => {
      // Client publishes end the connection, as IoT does for a publish the policy denies.
      if (client) done(new Error(`clients may not publish (tried ${packet.topic})`));
      else done(null);
    },
    authorizeSubscribe: (_client, subscription, done) => {
      // A null subscription is a refusal: SUBACK 0x80 for that filter, the connection stays up.
      done(null, maySubscribe(subscription.topic) ? subscription : null);
    },
  });
  broker.on('clientError', (client, error) => log(`live: client ${client.id}: ${error.message}`));

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES });
  const sockets = new Set<Socket>();
  let closing = false;

  const server = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify({ message: `Connect with MQTT over WebSocket at ${LIVE_PATH}.` }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    socket.on('error', () => socket.destroy());
    void admit(req).then(
      (result) => {
        if (closing || socket.destroyed) return socket.destroy();
        if (!result.ok) return refuse(socket, result.status, result.message, result.errorType);
        wss.handleUpgrade(req, socket, head, (ws) => {
          broker.handle(createWebSocketStream(ws), req);
        });
      },
      (error: unknown) => {
        log(`live: upgrade check failed: ${(error as Error).message}`);
        refuse(socket, 500, 'The live-data endpoint could not check the request.');
      },
    );
  });

  async function admit(req: IncomingMessage): Promise<Admission> {
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    if (path !== LIVE_PATH)
      return { ok: false, status: 404, message: `Live data is served at ${LIVE_PATH} only.` };
    return verifyPresignedUrl(
      { method: req.method ?? 'GET', path, query: q < 0 ? '' : raw.slice(q + 1), headers: req.headers },
      {
        service: LIVE_SIGNING_SERVICE,
        region,
        now: now(),
        lookupSecret: async (accessKeyId) => {
          const found =
            accessKeyId === credentials.accessKeyId ? credentials : opts.sessions?.active(accessKeyId);
          if (found === undefined) return undefined;
          return {
            secretAccessKey: found.secretAccessKey,
            principal: accessKeyId,
            ...(found.sessionToken === undefined ? {} : { sessionToken: found.sessionToken }),
          };
        },
      },
    );
  }

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    // The broker's timers are already running; a failed start must not leave them behind.
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    throw error;
  }
  const address = server.address() as AddressInfo;
  const hostPart = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const wsUrl = `ws://${hostPart}:${address.port}${LIVE_PATH}`;

  const publisher: LivePublisher = {
    publish: (topic, payload) =>
      new Promise<void>((resolve, reject) => {
        if (closing) return reject(new Error('The live-data broker is closed.'));
        if (!isLiveTopic(topic))
          return reject(new Error(`"${topic}" is not a live-data topic (dlt/<testId>).`));
        broker.publish(
          {
            cmd: 'publish',
            topic,
            payload: Buffer.from(JSON.stringify(payload)),
            qos: 0,
            retain: false,
            dup: false,
          },
          (error) => (error ? reject(error) : resolve()),
        );
      }),
  };

  let closed: Promise<void> | undefined;
  const close = async () => {
    closing = true;
    const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
    // ws does not end its clients in noServer mode, and server.close() waits for every socket.
    for (const ws of wss.clients) ws.terminate();
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    await new Promise<void>((resolve) => wss.close(() => resolve()));
    await serverClosed;
  };
  return {
    wsUrl,
    publisher,
    close() {
      closed ??= close();
      return closed;
    },
  };
}

/** An HTTP answer on the raw upgrade socket, in API Gateway/IoT's shape; then the socket is gone. */
function refuse(socket: Duplex, status: number, message: string, errorType?: string): void {
  const body = JSON.stringify({ message });
  const reason = status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Internal Server Error';
  const headers = [
    `HTTP/1.1 ${status} ${reason}`,
    'Connection: close',
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(errorType === undefined ? [] : [`x-amzn-ErrorType: ${errorType}`]),
  ];
  socket.once('finish', () => socket.destroy());
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}
