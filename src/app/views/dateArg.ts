import { InputError } from '../InputError.js';

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** An ISO date argument (YYYY, YYYY-MM or YYYY-MM-DD) or null; anything else is an InputError. */
export function dateArg(value: string | null | undefined, argumentName: string): string | null {
  if (value === null || value === undefined) return null;
  if (!ISO_DATE.test(value)) throw new InputError(`${argumentName} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "${value}"`, argumentName);
  return value;
}
