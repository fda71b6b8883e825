import { type StandIns, startStandIns } from '../../../local-mode/src/stand-ins.js';
import { createStorageClients, type StorageClients } from './clients.js';
import { HistoryStore } from './history.js';
import { ObjectStore } from './objects.js';
import { ScenarioStore } from './scenarios.js';
import { ensureStorage, type StorageNames } from './tables.js';

/** Real dynalite + s3rver, with the stores wired as a service would wire them (tests only). */
export interface TestStorage {
  standIns: StandIns;
  clients: StorageClients;
  names: StorageNames;
  scenarios: ScenarioStore;
  history: HistoryStore;
  objects: ObjectStore;
  close(): Promise<void>;
}

let counter = 0;

export async function startTestStorage(): Promise<TestStorage> {
  const standIns = await startStandIns();
  const clients = createStorageClients({
    region: standIns.region,
    dynamodbEndpoint: standIns.dynamodbEndpoint,
    s3Endpoint: standIns.s3Endpoint,
    credentials: standIns.credentials,
  });
  counter += 1;
  const names = {
    scenariosTable: `scenarios-${counter}`,
    historyTable: `history-${counter}`,
    bucket: `bucket-${counter}`,
  };
  await ensureStorage(clients, names);
  return {
    standIns,
    clients,
    names,
    scenarios: new ScenarioStore(clients.ddb, names.scenariosTable),
    history: new HistoryStore(clients.ddb, names.historyTable),
    objects: new ObjectStore(clients.s3, names.bucket),
    async close() {
      clients.destroy();
      await standIns.close();
    },
  };
}
