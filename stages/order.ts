/**
 * Plain UTF-16 code-unit order: the same on every machine and locale (unlike localeCompare), so that sorted output is
 * byte-identical everywhere.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
