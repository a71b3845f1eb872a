/** Where an island's props are kept on the page, for the browser to read back. */
export function islandPropsId(islandId: string): string {
  return `${islandId}-props`;
}
