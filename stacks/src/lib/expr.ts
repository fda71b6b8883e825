import type { TerraformVariable } from 'cdktf';

/**
 * `var.<name>` for embedding a variable inside a larger Terraform expression. cdktf tokens cannot be spliced into
 * hand-written expressions (the token marker would be broken apart), and variable addresses are stable by
 * construction (ModuleStack), so writing the address is safe; the module lint checks every reference resolves.
 */
export function v(variable: TerraformVariable): string {
  return `var.${variable.friendlyUniqueId}`;
}

/** Wraps a Terraform expression into an interpolation string. */
export function x(expression: string): string {
  return `\${${expression}}`;
}

/** A `count` that is 1 when the Terraform condition holds; typed as a number because that is what cdktf expects. */
export function countIf(condition: string): number {
  return x(`${condition} ? 1 : 0`) as unknown as number;
}
