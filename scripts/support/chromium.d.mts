// Types of chromium.mjs, for the tests that use it.
import type { Browser } from 'playwright-core';

export const chromiumPath: string;
export const browserChecksRequired: boolean;
export const missingChromiumMessage: string;
export const browserChecksSkipped: string;
export function hasChromium(): boolean;
export function runBrowserChecks(): boolean;
export function launchChromium(): Promise<Browser>;
