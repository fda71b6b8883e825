/** Bounds that keep a hostile archive from exhausting the disk, memory or time of the API or a task. */
export interface ArchiveLimits {
  /** The archive file itself (the upload limit). */
  maxArchiveBytes: number;
  /** Any one file once unpacked. */
  maxEntryBytes: number;
  /** All files together once unpacked. */
  maxTotalBytes: number;
  maxEntries: number;
  /** uncompressed / compressed for one entry, checked once the entry is bigger than `ratioFloorBytes`. */
  maxCompressionRatio: number;
  /** Small files may compress extremely well (a run of spaces) without being a threat. */
  ratioFloorBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxArchiveBytes: 50 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 256 * MB,
  maxEntries: 5000,
  maxCompressionRatio: 200,
  ratioFloorBytes: 1 * MB,
});

export function archiveLimits(overrides: Partial<ArchiveLimits> | undefined): ArchiveLimits {
  return { ...DEFAULT_ARCHIVE_LIMITS, ...overrides };
}

export function formatBytes(n: number): string {
  if (n >= MB) return `${Math.round((n / MB) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round((n / 1024) * 10) / 10} KB`;
  return `${n} bytes`;
}
