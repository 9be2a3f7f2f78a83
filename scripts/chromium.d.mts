export function findSystemChromium(): string | null;
export const CHROMIUM_ARGS: string[];
