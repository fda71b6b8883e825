import { ErrorCodes, invalidParameter, ScenarioValidationError } from './errors.js';
import type { RegionalTaskDetail, TaskConfig } from './types.js';

/** `regional-compatibility.json` in DLT 4.2.x. */
export const MINIMUM_COMPATIBLE_REGIONAL_VERSION = '4.1.0';

/**
 * DLT's `validateTaskCountConcurrency`: every region must still have a regional stack (an entry in the
 * client-computed `regionalTaskDetails`) and may use 1..dltAvailableTasks tasks; concurrency must be ≥1.
 * Throws DLT's first error. Returns the configs with numeric counts.
 */
export function validateTaskCountConcurrency(
  configs: readonly TaskConfig[],
  regionalTaskDetails: Readonly<Record<string, RegionalTaskDetail>>,
): TaskConfig[] {
  return configs.map((config) => {
    const detail = Object.hasOwn(regionalTaskDetails, config.region)
      ? regionalTaskDetails[config.region]
      : undefined;
    if (!detail) {
      throw new ScenarioValidationError(
        ErrorCodes.invalidRegionalStack,
        `The regional stack for "${config.region}" no longer exists. Please remove this region from the scenario or redeploy the regional stack.`,
      );
    }
    const available = Number.parseInt(String(detail.dltAvailableTasks), 10);
    const taskCount = Number.parseInt(String(config.taskCount).trim(), 10);
    if (Number.isNaN(taskCount) || taskCount < 1 || taskCount > available) {
      throw invalidParameter(`Task count should be positive number between 1 to ${available}.`);
    }
    const concurrency = Number.parseInt(String(config.concurrency).trim(), 10);
    if (Number.isNaN(concurrency) || concurrency < 1) {
      throw invalidParameter('Concurrency should be positive number');
    }
    return { region: config.region, taskCount, concurrency };
  });
}

export type CompatibilityResult = { compatible: true } | { compatible: false; reason: string };

interface Version {
  major: number;
  minor: number;
  patch: number;
}

// Prefixes (`v4.1.0`, `custom-v4.0.12`) and suffixes (`-ITL`) are ignored; only major.minor.patch count.
function parseVersion(text: string): Version | undefined {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch;
}

/** A regional (spoke) stack must be at least the minimum version and not newer than the hub. */
export function checkRegionalCompatibility(
  hubVersion: string,
  regionalVersion: string,
  minimumVersion: string = MINIMUM_COMPATIBLE_REGIONAL_VERSION,
): CompatibilityResult {
  const hub = parseVersion(hubVersion);
  if (!hub) return { compatible: false, reason: `Unable to parse hub stack version: ${hubVersion}` };
  const spoke = parseVersion(regionalVersion);
  if (!spoke) {
    return { compatible: false, reason: `Unable to parse regional stack version: ${regionalVersion}` };
  }
  const minimum = parseVersion(minimumVersion);
  if (!minimum) {
    return { compatible: false, reason: `Unable to parse minimum compatible version: ${minimumVersion}` };
  }
  if (compareVersions(spoke, minimum) < 0) {
    return {
      compatible: false,
      reason: `Regional stack version ${regionalVersion} is below minimum required version ${minimumVersion}`,
    };
  }
  if (compareVersions(spoke, hub) > 0) {
    return {
      compatible: false,
      reason: `Regional stack version ${regionalVersion} is newer than hub version ${hubVersion}. Upgrade the hub stack first.`,
    };
  }
  return { compatible: true };
}

export interface RegionalStackVersions {
  hubVersion: string;
  minimumCompatibleVersion?: string;
  /** Deployed regional stack version per region; regions missing here are not checked (as in DLT). */
  versions: Readonly<Record<string, string>>;
}

/** 400 INCOMPATIBLE_REGIONAL_STACKS naming every selected region whose stack is out of bounds. */
export function checkRegionalStacks(configs: readonly TaskConfig[], stacks: RegionalStackVersions): void {
  const problems: string[] = [];
  for (const { region } of configs) {
    const version = Object.hasOwn(stacks.versions, region) ? stacks.versions[region] : undefined;
    if (version === undefined) continue;
    const result = checkRegionalCompatibility(stacks.hubVersion, version, stacks.minimumCompatibleVersion);
    if (!result.compatible) problems.push(`${region}: ${result.reason}`);
  }
  if (problems.length > 0) {
    throw new ScenarioValidationError(
      ErrorCodes.incompatibleRegionalStacks,
      `Incompatible regional stacks: ${problems.join('; ')}`,
    );
  }
}
