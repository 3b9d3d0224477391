import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';

/**
 * Whether Next.js will accept a `Next-Router-State-Tree` header. It checks the header only when it
 * renders a page on request, and there a header it rejects is a 500; the proxy asks first, with
 * Next.js's own check (its private module, so that an upgrade that changes the header's shape
 * cannot make the two disagree).
 */
export function isValidRouterState(header: string): boolean {
  try {
    parseAndValidateFlightRouterState(header);
    return true;
  } catch {
    return false;
  }
}
