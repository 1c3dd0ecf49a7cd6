/**
 * Exact amounts of an order being entered, as decimal strings: BigInt arithmetic on the digits, so no
 * cent is lost to a float. The server computes the same (numeric, rounded half away from zero).
 */

const decimal = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "12.5" at scale 2 → 1250n; undefined when not a decimal or with more digits after the point than `scale`. */
function toScaled(value: string, scale: number): bigint | undefined {
  const match = decimal.exec(value.trim());
  if (!match) return undefined;
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) return undefined;
  const scaled = BigInt(whole + fraction.padEnd(scale, '0'));
  return sign ? -scaled : scaled;
}

function fromScaled(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const text = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** A positive quantity with at most three decimals, as the server takes it. */
export const isQuantity = (value: string) => /^\d{1,11}(\.\d{1,3})?$/.test(value.trim()) && Number(value) > 0;

/** An amount with at most two decimals, as the server takes it. */
export const isAmount = (value: string) => /^-?\d{1,14}(\.\d{1,2})?$/.test(value.trim());

/** Quantity × unit price, rounded to cents; undefined while either is not a valid number. */
export function lineAmount(quantity: string | undefined, unitPrice: string | undefined): string | undefined {
  if (!quantity || !unitPrice || !isQuantity(quantity) || !isAmount(unitPrice)) return undefined;
  const product = toScaled(quantity, 3)! * toScaled(unitPrice, 2)!; // scale 5
  const magnitude = product < 0n ? -product : product;
  const cents = magnitude / 1000n + (magnitude % 1000n >= 500n ? 1n : 0n);
  return fromScaled(product < 0n ? -cents : cents, 2);
}

/** The sum of amounts in cents ("0.00" for none). */
export function sumAmounts(amounts: string[]): string {
  return fromScaled(
    amounts.reduce((sum, amount) => sum + (toScaled(amount, 2) ?? 0n), 0n),
    2,
  );
}
