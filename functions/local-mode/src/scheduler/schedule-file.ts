/** The local scheduler's state: one JSON file, replaced atomically (write a temp file, then rename). */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ScheduledRequest } from '@dlt/shared';

export const SCHEDULES_FILE = 'schedules.json';
const FILE_VERSION = 1;

export function localSchedulesFile(stateDir: string): string {
  return join(stateDir, SCHEDULES_FILE);
}

export interface StoredOnceSchedule {
  kind: 'once';
  name: string;
  /** Wall clock in `timezone`, `YYYY-MM-DDTHH:MM:SS`. */
  at: string;
  timezone: string;
  request: ScheduledRequest;
  deleteAfterFiring: boolean;
  /** Set when a schedule kept after firing has fired: it never fires again. */
  firedAt?: string;
}

export interface StoredCronSchedule {
  kind: 'cron';
  name: string;
  /** The AWS form EventBridge Scheduler would get, `cron(m h dom mon dow year)`; it is parsed back to fire. */
  expression: string;
  timezone: string;
  endDate?: string;
  request: ScheduledRequest;
  /** The next firing is the first occurrence after this instant (ISO): creation, then the last firing. */
  after: string;
}

export type StoredSchedule = StoredOnceSchedule | StoredCronSchedule;

interface ScheduleFileContent {
  version: number;
  schedules: StoredSchedule[];
}

export class ScheduleFileError extends Error {}

export async function readSchedules(file: string): Promise<StoredSchedule[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  let content: Partial<ScheduleFileContent>;
  try {
    content = JSON.parse(text) as Partial<ScheduleFileContent>;
  } catch {
    throw new ScheduleFileError(`${file} is not valid JSON; move it aside to start with no schedules`);
  }
  if (content.version !== FILE_VERSION || !Array.isArray(content.schedules)) {
    throw new ScheduleFileError(`${file} is not a version ${FILE_VERSION} schedules file`);
  }
  return content.schedules;
}

/** Readers see the old file or the new one, never half of either. */
export async function writeSchedules(file: string, schedules: readonly StoredSchedule[]): Promise<void> {
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const content: ScheduleFileContent = { version: FILE_VERSION, schedules: [...schedules] };
  try {
    await writeFile(temp, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
