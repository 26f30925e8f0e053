/** Acting like a person: focus a field, type real keys, press Enter. */
import { sendKeys } from '@web/test-runner-commands';

/** Clicks into `input`, clears it and types `text` with real key presses. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  if (input.value) await sendKeys({ press: 'Backspace' });
  if (text) await sendKeys({ type: text });
}

/** Presses Enter in the focused element (submits a form). */
export async function pressEnter(): Promise<void> {
  await sendKeys({ press: 'Enter' });
}
