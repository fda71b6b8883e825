// Placeholder shipped until the mcp function bundle is built into this module (functions/mcp, esbuild).
// Terraform zips this folder at plan time; every request gets 501 so a deployed stack fails loudly, not silently.
export const handler = async () => ({
  statusCode: 501,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ message: 'NOT_IMPLEMENTED: the mcp function is not built yet' }),
});
