// Types of consumer-project.mjs, for the tests that use it.
export const root: string;
export function sh(command: string, args: readonly string[], options?: object): string;
export function packTarball(): { tarball: string; files: string[] };
export function consumerProject(tarball: string, files?: Record<string, string>): string;
