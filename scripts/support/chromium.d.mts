// Types of chromium.mjs, for the tests that use it.
import type { Browser } from 'playwright-core';

export const chromiumPath: string;
export const missingChromiumMessage: string;
export function hasChromium(): boolean;
export function launchChromium(): Promise<Browser>;
