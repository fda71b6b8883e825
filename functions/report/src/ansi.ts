/** Minimal SGR styling. Every helper is the identity when colour is off, so callers never branch on it. */

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`;

const COLOR: Style = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  red: sgr(31, 39),
  green: sgr(32, 39),
  yellow: sgr(33, 39),
};

const identity = (text: string): string => text;
const PLAIN: Style = { bold: identity, dim: identity, red: identity, green: identity, yellow: identity };

export function style(color: boolean): Style {
  return color ? COLOR : PLAIN;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips the escapes this module emits
const SGR_PATTERN = /\x1b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(SGR_PATTERN, '');
}
