import { checkCard, type CardInput as Card } from '@shop/cards/card';
import { ValidationError } from '@shop/errors/errors';

export interface CardInput extends Card {
  type: 'card';
}

/**
 * Checks what can be checked before anything happens (the payment service checks again):
 * a bad number or an expired card is the customer's input, so it is refused before an order,
 * a reservation or a charge exists.
 */
export function assertUsableCard(card: CardInput, now: Date): void {
  const checked = checkCard(card, now);
  if (!checked.ok) throw new ValidationError('The card cannot be used.', checked.errors);
}
