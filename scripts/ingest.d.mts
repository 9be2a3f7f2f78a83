export function bundleIsFresh(bundle?: string, inputsFile?: string, root?: string): boolean;
export function loadIngestCli(): Promise<typeof import('../src/ingest/cli')>;
