import type { AwsConsoleConfig } from '@dlt/shared/browser';
import { v } from '../lib/expr.js';
import type { consoleVariables } from './variables.js';

/** Where the web app reads its runtime settings (fetched at start-up, never cached by CloudFront). */
export const CONFIG_KEY = 'config.json';

type Field = keyof AwsConsoleConfig;
/** Fields written only when their input is set (`undefined` in the contract, not `null`). */
export const OPTIONAL_CONFIG_FIELDS = ['mcpEndpoint'] as const satisfies readonly Field[];

/**
 * `config.json` as one Terraform expression, field by field from AwsConsoleConfig
 * (functions/shared/src/console/config.ts). `satisfies Record<Field, string>` makes the compiler reject a
 * missing or an extra field, so the module cannot drift from the contract the console is built against.
 */
export function consoleConfigExpression(
  vars: ReturnType<typeof consoleVariables>,
  iotEndpoint: string,
): string {
  const fields = {
    mode: '"aws"',
    // The console appends paths itself (`${apiBaseUrl}/scenarios`).
    apiBaseUrl: `trimsuffix(${v(vars.apiEndpoint)}, "/")`,
    region: v(vars.coreRegion),
    userPoolId: v(vars.userPoolId),
    userPoolClientId: v(vars.userPoolClientId),
    identityPoolId: v(vars.identityPoolId),
    cognitoDomain: `trimsuffix(${v(vars.cognitoDomain)}, "/")`,
    iotEndpoint,
    mcpEndpoint: v(vars.mcpEndpoint),
  } satisfies Record<Field, string>;
  const optional = new Set<string>(OPTIONAL_CONFIG_FIELDS);
  const entries = (keys: string[]) => keys.map((k) => `${k} = ${fields[k as Field]}`).join(', ');
  const required = entries(Object.keys(fields).filter((k) => !optional.has(k)));
  const extras = OPTIONAL_CONFIG_FIELDS.map((k) => `${fields[k]} == null ? {} : { ${entries([k])} }`);
  return `\${merge({ ${required} }, ${extras.join(', ')})}`;
}
