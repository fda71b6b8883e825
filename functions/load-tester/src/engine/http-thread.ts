import { parentPort, workerData } from 'node:worker_threads';
import type { EnginePlan, ThreadShare } from './plan.js';
import { runShare } from './share.js';

/** Engine thread entry: runs one share and streams ShareMessages to the engine host. */
interface ThreadInput {
  plan: EnginePlan;
  share: ThreadShare;
  startAtEpochMs: number;
}

if (parentPort === null) throw new Error('http-thread must run as a worker thread');
const port = parentPort;
const input = workerData as ThreadInput;
const control = runShare(input.plan, input.share, input.startAtEpochMs, (m) => port.postMessage(m));
port.on('message', (m: { type: 'stop'; graceMs?: number }) => {
  if (m.type === 'stop') control.stop(m.graceMs);
});
control.done.then(
  () => port.close(),
  (err) => {
    throw err;
  },
);
