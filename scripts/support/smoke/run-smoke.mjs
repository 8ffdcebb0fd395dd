// Prints the smoke test's answers as JSON (run by each runtime from the consumer project).
import { result } from './smoke.mjs';

console.log(JSON.stringify(result));
