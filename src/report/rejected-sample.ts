import { describeValue } from '../errors/format-sla-error-message';
import { SlaError } from '../errors/sla-error';
import type { RejectedSample } from './sla-summary';

/**
 * What a summary keeps of a rejected ticket. It never throws, whatever it is given: the error may
 * be anything the caller's own objects threw (an object without a prototype, a Proxy, a value
 * whose getters throw), and losing the report over it would lose every other ticket.
 */
export function rejectedSample(where: unknown, error: unknown): RejectedSample {
  return {
    where: typeof where === 'string' ? where : describeValue(where),
    code: codeOf(error),
    message: messageOf(error),
  };
}

/** The `SlaError` code, or the name of any other error (`TypeError`…), or `error`. */
function codeOf(error: unknown): string {
  try {
    if (error instanceof SlaError) return error.code;
    if (error instanceof Error && typeof error.name === 'string') return error.name;
  } catch {
    // A Proxy whose prototype cannot be read is no error of a known kind.
  }
  return 'error';
}

function messageOf(error: unknown): string {
  if (typeof error === 'string') return error;
  try {
    if (error instanceof Error && typeof error.message === 'string') return error.message;
  } catch {
    // Described below like any other value.
  }
  return describeValue(error);
}
